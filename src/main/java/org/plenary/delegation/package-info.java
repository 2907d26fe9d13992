/**
 * The register of delegations: the 193 Member States, observer States and the European
 * Union, their regional groups, and the groups of States that speak in negotiations, with
 * their members over time. Reference data loaded by Flyway. Provides
 * {@link org.plenary.identity.DelegationDirectory} to identity.
 */
@ApplicationModule(allowedDependencies = { "identity", "system" })
@NullMarked
package org.plenary.delegation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

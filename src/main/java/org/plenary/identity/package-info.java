/**
 * Who may act: accounts and their grants (administrator, PGA office, facilitator or
 * secretariat of a process, delegate of a delegation, observer), sign-in, and the audit
 * trail of every write. Other modules receive an {@link org.plenary.identity.Actor} and
 * ask it what it may do; identity depends on no other module.
 */
@ApplicationModule(allowedDependencies = "system")
@NullMarked
package org.plenary.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

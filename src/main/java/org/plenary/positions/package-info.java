/**
 * Substance: what delegations and groups propose. Today it holds reform models of the
 * Security Council — structured compositions with their revisions, each one's figures
 * computed (size, seats and shares per region, change from today's Council, veto holders)
 * and compared side by side; positions, the Elements of Commonality and the convergence
 * map. Publishes {@code ReformModelPublished}, {@code PositionStated} and
 * {@code ElementsIssued} (search hears them).
 */
@ApplicationModule(allowedDependencies = { "process", "delegation", "identity", "system" })
@NullMarked
package org.plenary.positions;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

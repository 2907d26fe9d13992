/**
 * Sessions of the General Assembly and the processes it mandates: their mandate, topics,
 * rules (the intervention time limit) and the facilitators the President appoints for
 * each session. Provides {@link org.plenary.identity.ProcessDirectory} to identity.
 */
@ApplicationModule(allowedDependencies = { "delegation", "identity", "system" })
@NullMarked
package org.plenary.process;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * The cross-cutting parts: the clock, problem details for the API and error pages for
 * people, the page layout. Every module may use it; it uses no module.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.plenary.system;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/** Supply works: kind, source, treatment, disinfection, capacity and scale class. */
@NullMarked
package org.ruralwater.core.works;

import org.jspecify.annotations.NullMarked;

/** One map (一张图): the region's villages and works as a server-drawn SVG. */
@NullMarked
package org.ruralwater.webapp.map;

import org.jspecify.annotations.NullMarked;

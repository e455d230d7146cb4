/** The demo platform: the demo county and one user per role, made at first start. */
@NullMarked
package org.ruralwater.webapp.demo;

import org.jspecify.annotations.NullMarked;

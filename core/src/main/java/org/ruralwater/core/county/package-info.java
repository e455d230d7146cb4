/** A county's master data as a folder of files, read all or nothing with every cross-file reference checked. */
@NullMarked
package org.ruralwater.core.county;

import org.jspecify.annotations.NullMarked;

/**
 * The words ruralwater shows its users, kept as data: phrases with stable codes and arguments, looked up
 * per locale in each module's vocabulary files, so that a translation is a file, not a rewrite. Input
 * problems ({@code Problem}) are made of these phrases.
 */
@NullMarked
package org.ruralwater.core.wording;

import org.jspecify.annotations.NullMarked;

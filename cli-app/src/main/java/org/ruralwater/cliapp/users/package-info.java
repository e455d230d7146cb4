/**
 * The platform's users: listed and given new one-time passwords by the local administrator.
 */
@NullMarked
package org.ruralwater.cliapp.users;

import org.jspecify.annotations.NullMarked;

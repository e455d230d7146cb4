/** Signing in: Argon2id password hashes, server-side sessions, CSRF tokens and a throttle on failed attempts. */
@NullMarked
package org.ruralwater.webapp.signin;

import org.jspecify.annotations.NullMarked;

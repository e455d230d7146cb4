/** The store's commands: db init, import, export and status (import-ledger is with the ledger file, in billing). */
@NullMarked
package org.ruralwater.cliapp.db;

import org.jspecify.annotations.NullMarked;

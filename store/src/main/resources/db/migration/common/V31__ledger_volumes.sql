-- What a run reads of the months before its own, as columns: each document's period, volume and the invoice a
-- credit note cancels (the library's checks and yearly allowance read only the volumes of the invoices in force
-- then). A run reads these small columns for the twelve months before and the JSON bodies of its own month
-- only, so its cost grows with the month's work, not with a year of documents. Documents stored before these
-- columns have them empty, and are read from their bodies.
ALTER TABLE ledger_document ADD COLUMN bill_period VARCHAR(32);
ALTER TABLE ledger_document ADD COLUMN m3 VARCHAR(40);
ALTER TABLE ledger_document ADD COLUMN cancels VARCHAR(120);

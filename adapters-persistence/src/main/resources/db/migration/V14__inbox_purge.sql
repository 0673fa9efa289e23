-- Handled events are deleted after a retention period (INBOX_RETENTION), oldest first, in
-- slices: the purge asks "which rows are older than the cutoff?".
CREATE INDEX inbox_handled_at ON inbox (handled_at);

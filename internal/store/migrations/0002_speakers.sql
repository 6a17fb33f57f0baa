-- 0002: the speaker directory: every speaker name quotes are attributed
-- to, with its number of quotes, so that a name can be mapped to the
-- corpus's canonical form without reading every article. Filled at ingest;
-- the migration's Go step fills it from the articles already stored.

CREATE TABLE speakers (
	name   TEXT PRIMARY KEY,
	quotes INTEGER NOT NULL
) WITHOUT ROWID;

-- 0001: articles, their annotations, full-text index and near-duplicate groups.

CREATE TABLE meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE articles (
	doc         INTEGER PRIMARY KEY,   -- internal number, in ingest order
	id          TEXT NOT NULL UNIQUE,  -- news.Article.ID
	source      TEXT NOT NULL DEFAULT '',
	url         TEXT NOT NULL DEFAULT '',
	title       TEXT NOT NULL DEFAULT '',
	published   TEXT NOT NULL,         -- RFC 3339, with the article's own offset
	pub_day     INTEGER NOT NULL,      -- news.Date ordinal of the publication day
	updated     TEXT NOT NULL DEFAULT '',
	text        TEXT NOT NULL,
	origin      TEXT NOT NULL DEFAULT '',
	hash        BLOB NOT NULL,         -- SHA-256 of the content fields
	annotations BLOB,                  -- JSON: sentences (with mentions) and quotes
	n_sentences INTEGER NOT NULL DEFAULT 0,
	n_mentions  INTEGER NOT NULL DEFAULT 0,
	n_quotes    INTEGER NOT NULL DEFAULT 0,
	wire        TEXT NOT NULL DEFAULT '',  -- agency credit (dedup)
	body        INTEGER NOT NULL DEFAULT 0, -- normalised body hash (dedup)
	minhash     BLOB,                  -- MinHash values, little-endian uint32
	dup_group   INTEGER NOT NULL,      -- doc of the group's first member
	dup_link    INTEGER,               -- doc this one was verified against
	dup_jaccard REAL
);

CREATE INDEX articles_pub_day ON articles(pub_day);
CREATE INDEX articles_dup_group ON articles(dup_group);

CREATE VIRTUAL TABLE articles_fts USING fts5(
	title, text,
	content = 'articles', content_rowid = 'doc',
	tokenize = 'porter unicode61 remove_diacritics 2'
);

-- LSH band keys of the articles' MinHash signatures, by 14-day period of
-- publication (floor(pub_day / 14)): one row per period per ingest batch,
-- data packing (key, doc) pairs as little-endian uint32 (the key is the
-- low half of the band key). Looked up through an in-memory cache of
-- recent periods.
CREATE TABLE lsh_blocks (
	block  INTEGER PRIMARY KEY,
	bucket INTEGER NOT NULL,
	data   BLOB NOT NULL
);
CREATE INDEX lsh_blocks_bucket ON lsh_blocks(bucket);

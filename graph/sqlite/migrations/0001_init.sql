-- geokg's embedded store, version 1.
--
-- Two layers. The statement tables keep what each article stated, under the
-- ids its extractor gave, each with a resolved id maintained through the
-- active merges. The node tables (entities, events, relations) are derived
-- from them by the rules of graph.Summarize* for every id a write touches, so
-- reads never summarise. Each node row keeps a digest of its statements
-- (graph.EntityDigest and its kin, as JSON) that a write folds its new
-- statements into, so that writing to a node named by thousands of articles
-- does not read them all.

CREATE TABLE articles (
    id          TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    url         TEXT NOT NULL,
    published   TEXT NOT NULL,    -- YYYY-MM-DD, '' when unknown
    pub_order   INTEGER NOT NULL, -- newest first, unknown last: keyset.PubOrder (graph/internal/keyset)
    body        TEXT NOT NULL,
    source      TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    loaded_at   INTEGER NOT NULL  -- Unix nanoseconds
);
CREATE INDEX articles_order ON articles (pub_order, id);

-- The statement tables that busy nodes gather thousands of rows in are
-- rowid tables, indexed by resolved id alone: a node's index entries then
-- run in the order its statements were written, so a write appends to the
-- end of a busy node's range instead of dirtying pages all along it.
CREATE TABLE entity_reports (
    article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id   TEXT NOT NULL,
    ord         INTEGER NOT NULL, -- position in the article's list
    resolved_id TEXT NOT NULL,
    type        TEXT NOT NULL,
    name        TEXT NOT NULL,
    aliases     TEXT NOT NULL,    -- JSON array
    kind        TEXT NOT NULL,
    code        TEXT NOT NULL,
    forms       TEXT NOT NULL,    -- JSON array: the distinct mention texts, first first
    PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX entity_reports_resolved ON entity_reports (resolved_id);

CREATE TABLE mentions (
    article_id TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    ord        INTEGER NOT NULL,
    text       TEXT NOT NULL,
    text_start INTEGER NOT NULL, -- code-point offsets of text in the article body
    text_end   INTEGER NOT NULL,
    sentence   TEXT NOT NULL,    -- the sentence it is in, and its offsets
    start_at   INTEGER NOT NULL,
    end_at     INTEGER NOT NULL,
    confidence REAL NOT NULL,
    PRIMARY KEY (article_id, entity_id, ord),
    FOREIGN KEY (article_id, entity_id) REFERENCES entity_reports (article_id, entity_id) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE event_reports (
    article_id     TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    event_id       TEXT NOT NULL,
    ord            INTEGER NOT NULL,
    resolved_id    TEXT NOT NULL,
    type           TEXT NOT NULL,
    name           TEXT NOT NULL,
    date_start     TEXT NOT NULL,
    date_end       TEXT NOT NULL,
    date_precision TEXT NOT NULL,
    date_phrase    TEXT NOT NULL,
    killed         TEXT,          -- JSON graph.Count, NULL when not reported
    injured        TEXT,
    duration       TEXT NOT NULL,
    modality       TEXT NOT NULL,
    confidence     REAL NOT NULL,
    evidence       TEXT NOT NULL, -- JSON array of [sentence, start, end]
    PRIMARY KEY (article_id, event_id)
);
CREATE INDEX event_reports_resolved ON event_reports (resolved_id);

-- The nodes an event report names: its place, perpetrator and participants.
CREATE TABLE event_roles (
    article_id  TEXT NOT NULL,
    event_id    TEXT NOT NULL,
    role        TEXT NOT NULL,    -- 'location', 'perpetrator' or 'participant'
    ord         INTEGER NOT NULL,
    node_id     TEXT NOT NULL,
    resolved_id TEXT NOT NULL,
    PRIMARY KEY (article_id, event_id, role, ord),
    FOREIGN KEY (article_id, event_id) REFERENCES event_reports (article_id, event_id) ON DELETE CASCADE
);
CREATE INDEX event_roles_resolved ON event_roles (resolved_id);

CREATE TABLE claims (
    article_id          TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ord                 INTEGER NOT NULL,
    relation_id         TEXT NOT NULL,
    type                TEXT NOT NULL,
    source_id           TEXT NOT NULL,
    target_id           TEXT NOT NULL,
    modality            TEXT NOT NULL,
    role                TEXT NOT NULL,
    relation_confidence REAL NOT NULL,
    speaker_id          TEXT NOT NULL,
    sentence            TEXT NOT NULL,
    start_at            INTEGER NOT NULL,
    end_at              INTEGER NOT NULL,
    confidence          REAL NOT NULL,
    res_relation_id     TEXT NOT NULL,
    res_source_id       TEXT NOT NULL,
    res_target_id       TEXT NOT NULL,
    res_speaker_id      TEXT NOT NULL,
    PRIMARY KEY (article_id, ord)
);
CREATE INDEX claims_relation ON claims (res_relation_id);
CREATE INDEX claims_raw_relation ON claims (relation_id);
CREATE INDEX claims_source ON claims (res_source_id);
CREATE INDEX claims_target ON claims (res_target_id);
CREATE INDEX claims_speaker ON claims (res_speaker_id) WHERE res_speaker_id <> '';

-- Derived nodes.

CREATE TABLE entities (
    n              INTEGER PRIMARY KEY, -- rowid of the entity's entity_search row
    id             TEXT NOT NULL UNIQUE,
    type           TEXT NOT NULL,
    name           TEXT NOT NULL,
    aliases        TEXT NOT NULL,       -- JSON array
    kind           TEXT NOT NULL,
    code           TEXT NOT NULL,
    articles       INTEGER NOT NULL,
    search_name    TEXT NOT NULL,       -- the name folded for matching: see searchKey in search.go
    search_aliases TEXT NOT NULL,       -- '|' + folded aliases joined by '|' + '|'
    digest         TEXT NOT NULL        -- JSON graph.EntityDigest of its reports
);
CREATE INDEX entities_order ON entities (articles DESC, id);

-- Folded names and aliases of each entity, rowid = entities.n.
CREATE VIRTUAL TABLE entity_search USING fts5 (names, tokenize = 'unicode61 remove_diacritics 2');

CREATE TABLE events (
    id             TEXT PRIMARY KEY,
    type           TEXT NOT NULL,
    name           TEXT NOT NULL,
    date_start     TEXT NOT NULL,
    date_end       TEXT NOT NULL,
    date_precision TEXT NOT NULL,
    date_phrase    TEXT NOT NULL,
    day            INTEGER,       -- days from 1970-01-01 to date_start; NULL when undated
    location_id    TEXT NOT NULL,
    perpetrator_id TEXT NOT NULL,
    participants   TEXT NOT NULL, -- JSON array
    killed         TEXT,
    injured        TEXT,
    duration       TEXT NOT NULL,
    modality       TEXT NOT NULL,
    confidence     REAL NOT NULL,
    articles       INTEGER NOT NULL,
    digest         TEXT NOT NULL  -- JSON graph.EventDigest of its reports
);
CREATE INDEX events_day ON events (day, id);

-- Who an event involves: its participants, perpetrator and place.
CREATE TABLE event_members (
    entity_id TEXT NOT NULL,
    event_id  TEXT NOT NULL,
    PRIMARY KEY (entity_id, event_id)
) WITHOUT ROWID;
CREATE INDEX event_members_event ON event_members (event_id);

CREATE TABLE relations (
    id         TEXT PRIMARY KEY,
    type       TEXT NOT NULL,
    source_id  TEXT NOT NULL,
    target_id  TEXT NOT NULL,
    modality   TEXT NOT NULL,
    role       TEXT NOT NULL,
    symmetric  INTEGER NOT NULL,  -- 1 when the type reads the same both ways
    confidence REAL NOT NULL,
    articles   INTEGER NOT NULL,
    digest     TEXT NOT NULL      -- JSON graph.RelationDigest of its claims
);
CREATE INDEX relations_source ON relations (source_id);
CREATE INDEX relations_target ON relations (target_id);
CREATE INDEX relations_order ON relations (articles DESC, id);

CREATE TABLE merges (
    id         TEXT PRIMARY KEY,
    from_id    TEXT NOT NULL,
    into_id    TEXT NOT NULL,
    names      TEXT NOT NULL,     -- JSON array
    rule       TEXT NOT NULL,
    article_id TEXT NOT NULL,
    created_at INTEGER NOT NULL,  -- Unix nanoseconds
    undone_at  INTEGER            -- NULL while active
);
-- An id is merged into at most one other at a time.
CREATE UNIQUE INDEX merges_active_from ON merges (from_id) WHERE undone_at IS NULL;
CREATE INDEX merges_active_into ON merges (into_id) WHERE undone_at IS NULL;
CREATE INDEX merges_created ON merges (created_at DESC, id);

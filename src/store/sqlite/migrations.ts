// Schema migrations for the SQLite store, applied in order, each once, each in its own transaction.

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * Where a list summary is kept (schema 5): the 1-degree cell and the first day of its incident's row in the
 * R*Tree (`w`, joined by id), so the summaries of a small box over a few months lie side by side. Unplaced
 * incidents (no R*Tree row) and undated ones (day -1e9) sort apart. The list computes the same key from the
 * R*Tree rows of a page (see `summaryKey` in the store).
 */
export const SUMMARY_CELL_SQL = 'coalesce(CAST(floor(w.min_lat) AS INTEGER) * 360 + CAST(floor(w.min_lon) AS INTEGER), -1000000)';
export const SUMMARY_DAY_SQL = 'coalesce(CAST(w.min_day AS INTEGER), -1000000000)';

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'reports, accounts, incidents, messages, event log',
    sql: `
      CREATE TABLE batches (
        id INTEGER PRIMARY KEY,
        command TEXT NOT NULL,
        inputs TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        summary TEXT
      );

      -- Bytes exactly as received; the hash is the identity that makes re-ingest a no-op. A rowid table:
      -- blobs are appended in arrival order, and only the small hash index takes random inserts.
      CREATE TABLE raw_reports (
        rowid INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE,
        format TEXT NOT NULL,
        origin_kind TEXT NOT NULL,
        origin_location TEXT NOT NULL,
        origin_line INTEGER,
        received_at TEXT NOT NULL,
        batch_id INTEGER REFERENCES batches(id),
        metadata TEXT NOT NULL,
        bytes BLOB NOT NULL
      );

      CREATE TABLE reports (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        raw_sha256 TEXT NOT NULL UNIQUE REFERENCES raw_reports(sha256),
        title TEXT,
        source TEXT,
        url TEXT,
        published_at TEXT,
        language TEXT,
        text TEXT NOT NULL,
        text_sha256 TEXT NOT NULL,
        doc TEXT NOT NULL
      );

      CREATE VIRTUAL TABLE reports_fts USING fts5(
        title, text, content='reports', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
      );

      CREATE TABLE accounts (
        id INTEGER PRIMARY KEY,
        report_rowid INTEGER NOT NULL REFERENCES reports(rowid),
        ordinal INTEGER NOT NULL,
        is_primary INTEGER NOT NULL,
        event_type TEXT,
        date_start TEXT,
        date_end TEXT,
        country TEXT,
        admin1 TEXT,
        place_name TEXT,
        lat REAL,
        lon REAL,
        killed_low INTEGER,
        killed_high INTEGER,
        doc TEXT NOT NULL,
        UNIQUE (report_rowid, ordinal)
      );

      CREATE TABLE incidents (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        date_start TEXT,
        date_end TEXT,
        event_type TEXT,
        country TEXT,
        admin1 TEXT,
        place_name TEXT,
        lat REAL,
        lon REAL,
        killed_low INTEGER,
        killed_best INTEGER,
        killed_high INTEGER,
        grade TEXT NOT NULL,
        review_status TEXT NOT NULL,
        source_count INTEGER NOT NULL,
        doc TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX incidents_date ON incidents(date_start, date_end);
      CREATE INDEX incidents_place ON incidents(country, admin1);
      CREATE INDEX incidents_type ON incidents(event_type);

      CREATE TABLE incident_accounts (
        incident_rowid INTEGER NOT NULL REFERENCES incidents(rowid),
        account_id INTEGER NOT NULL UNIQUE REFERENCES accounts(id),
        PRIMARY KEY (incident_rowid, account_id)
      ) WITHOUT ROWID;

      CREATE TABLE messages (
        id INTEGER PRIMARY KEY,
        batch_id INTEGER REFERENCES batches(id),
        report_rowid INTEGER REFERENCES reports(rowid),
        severity TEXT NOT NULL,
        rule TEXT NOT NULL,
        text TEXT NOT NULL,
        source TEXT,
        line INTEGER,
        span_start INTEGER,
        span_end INTEGER
      );
      CREATE INDEX messages_report ON messages(report_rowid);

      -- What people did (review, merge, split, edit): appended, never changed. The triggers make it so.
      CREATE TABLE events (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        kind TEXT NOT NULL,
        target TEXT,
        payload TEXT NOT NULL
      );
      CREATE INDEX events_target ON events(target);
      CREATE TRIGGER events_no_update BEFORE UPDATE ON events BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
      CREATE TRIGGER events_no_delete BEFORE DELETE ON events BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
    `,
  },
  {
    version: 2,
    name: 'linking: report fingerprints, blocking keys',
    sql: `
      -- MinHash signature of the report's text, to count wire copies as one source.
      ALTER TABLE reports ADD COLUMN fingerprint TEXT;

      -- Where and when each linkable account happened, indexed so the linker finds an account's candidates
      -- (same days, nearby cells, same province or country) without reading the others.
      CREATE TABLE link_keys (
        account_id INTEGER PRIMARY KEY REFERENCES accounts(id),
        day0 INTEGER NOT NULL,
        day1 INTEGER NOT NULL,
        country TEXT NOT NULL,
        admin1 TEXT,
        cell INTEGER,
        precision TEXT NOT NULL,
        coarse_date INTEGER NOT NULL
      );
      CREATE INDEX link_keys_cell ON link_keys(country, cell, day0) WHERE cell IS NOT NULL;
      CREATE INDEX link_keys_admin1 ON link_keys(country, admin1, day0);
      CREATE INDEX link_keys_coarse ON link_keys(precision, country, day0);
      CREATE INDEX link_keys_coarse_date ON link_keys(coarse_date, country) WHERE coarse_date = 1;

      -- Each account's sentences, hashed: copies of one text find each other with or without a date or place.
      CREATE TABLE link_quotes (
        account_id INTEGER PRIMARY KEY REFERENCES accounts(id),
        quote_key INTEGER NOT NULL
      );
      CREATE INDEX link_quotes_key ON link_quotes(quote_key);

      -- Accounts that score a link with an account of another incident: an incremental relink follows
      -- their links; every other account links only inside its own incident.
      CREATE TABLE link_bridges (account_id INTEGER PRIMARY KEY REFERENCES accounts(id));
    `,
  },
  {
    version: 3,
    name: 'people: users, sessions, API tokens; review filters',
    sql: `
      -- People who use the web app and the API. Passwords are kept only as scrypt hashes.
      CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        username TEXT NOT NULL UNIQUE COLLATE NOCASE,
        role TEXT NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
        password_hash TEXT NOT NULL,
        created_at TEXT NOT NULL,
        disabled_at TEXT
      );

      -- Login sessions, by the sha256 of the cookie's token: a stolen database holds no usable session.
      CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users(id),
        csrf_token TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      );
      CREATE INDEX sessions_user ON sessions(user_id);

      -- Tokens for scripts, by the sha256 of the token; shown once when made, never stored in clear.
      CREATE TABLE api_tokens (
        id INTEGER PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users(id),
        name TEXT NOT NULL,
        token_hash TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        last_used_at TEXT,
        revoked_at TEXT
      );

      -- Incidents rebuilt with every column a list, a map or a timeline reads before the JSON document,
      -- which comes last: reading a row's scalars never walks the document's overflow pages. New are the
      -- date's precision (timelines draw only what is dated finely enough), how exactly the incident is
      -- placed and the gazetteer entry (a province-level incident is drawn as its province, by its GeoNames
      -- code), and the confidence (the review queue puts the least trustworthy first).
      CREATE TABLE incidents_v3 (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        date_start TEXT,
        date_end TEXT,
        date_precision TEXT,
        event_type TEXT,
        country TEXT,
        admin1 TEXT,
        place_name TEXT,
        lat REAL,
        lon REAL,
        precision TEXT,
        place_ref TEXT,
        killed_low INTEGER,
        killed_best INTEGER,
        killed_high INTEGER,
        grade TEXT NOT NULL,
        review_status TEXT NOT NULL,
        confidence REAL,
        source_count INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        -- [[source, title], ...] of its reports, so a list shows them without reading the reports.
        refs TEXT NOT NULL DEFAULT '[]',
        doc TEXT NOT NULL
      );
      INSERT INTO incidents_v3
        SELECT rowid, id, date_start, date_end, json_extract(doc, '$.date.precision'), event_type, country, admin1, place_name, lat, lon,
               json_extract(doc, '$.place.precision'), json_extract(doc, '$.place.gazetteerId'), killed_low, killed_best, killed_high,
               grade, review_status, json_extract(doc, '$.confidence'), source_count, updated_at,
               (SELECT json_group_array(json_array(r.source, r.title)) FROM incident_accounts ia
                  JOIN accounts a ON a.id = ia.account_id JOIN reports r ON r.rowid = a.report_rowid
                 WHERE ia.incident_rowid = incidents.rowid),
               doc
          FROM incidents;
      DROP TABLE incidents;
      ALTER TABLE incidents_v3 RENAME TO incidents;
      CREATE INDEX incidents_date ON incidents(date_start, date_end);
      CREATE INDEX incidents_place ON incidents(country, admin1);
      CREATE INDEX incidents_type ON incidents(event_type);
      -- Lists page through incidents in this order (undated last): the index gives each page without a sort.
      CREATE INDEX incidents_sort ON incidents(coalesce(date_start, '~'));
      CREATE INDEX incidents_review ON incidents(review_status, grade);
      -- What the map and the timeline read of every incident, so the whole record is counted from indexes.
      CREATE INDEX incidents_map ON incidents(precision, lon, lat, killed_best, event_type, id);
      CREATE INDEX incidents_timeline ON incidents(date_precision, date_start, killed_best);

      -- A counter every change to the incidents moves (from any process): cached maps and timelines are
      -- good while it stands still. Logins and other writes do not move it.
      CREATE TABLE record_version (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL);
      INSERT INTO record_version VALUES (1, 0);
      CREATE TRIGGER record_version_insert AFTER INSERT ON incidents BEGIN UPDATE record_version SET n = n + 1; END;
      CREATE TRIGGER record_version_update AFTER UPDATE ON incidents BEGIN UPDATE record_version SET n = n + 1; END;
      CREATE TRIGGER record_version_delete AFTER DELETE ON incidents BEGIN UPDATE record_version SET n = n + 1; END;

      -- Where and when each placed incident is, as boxes an R*Tree finds by overlap: a map's bounding box with
      -- a date range reads the few incidents inside instead of a band of latitude. Days count from 1970;
      -- an undated incident sits at day -1e9, outside every date range but inside an open one.
      CREATE VIRTUAL TABLE incidents_where USING rtree(id, min_lon, max_lon, min_lat, max_lat, min_day, max_day);
      CREATE TRIGGER incidents_where_insert AFTER INSERT ON incidents WHEN new.lat IS NOT NULL AND new.lon IS NOT NULL BEGIN
        INSERT INTO incidents_where VALUES (new.rowid, new.lon, new.lon, new.lat, new.lat,
          coalesce(julianday(new.date_start) - 2440587.5, -1e9), coalesce(julianday(coalesce(new.date_end, new.date_start)) - 2440587.5, -1e9));
      END;
      CREATE TRIGGER incidents_where_update AFTER UPDATE OF lat, lon, date_start, date_end ON incidents BEGIN
        DELETE FROM incidents_where WHERE id = old.rowid;
        INSERT INTO incidents_where SELECT new.rowid, new.lon, new.lon, new.lat, new.lat,
          coalesce(julianday(new.date_start) - 2440587.5, -1e9), coalesce(julianday(coalesce(new.date_end, new.date_start)) - 2440587.5, -1e9)
          WHERE new.lat IS NOT NULL AND new.lon IS NOT NULL;
      END;
      CREATE TRIGGER incidents_where_delete AFTER DELETE ON incidents BEGIN
        DELETE FROM incidents_where WHERE id = old.rowid;
      END;
      INSERT INTO incidents_where SELECT rowid, lon, lon, lat, lat,
          coalesce(julianday(date_start) - 2440587.5, -1e9), coalesce(julianday(coalesce(date_end, date_start)) - 2440587.5, -1e9)
        FROM incidents WHERE lat IS NOT NULL AND lon IS NOT NULL;
    `,
  },
  {
    version: 4,
    name: 'list summaries kept beside the incidents; full-text search by incident, in list order; the accounts of logged actions',
    sql: `
      -- Each incident as a list shows it (JSON, without evidence), written with the incident: a page of a list
      -- reads a hundred short rows instead of parsing a hundred whole records. The store fills in the
      -- summaries of incidents written before this table existed when it opens the database.
      CREATE TABLE incident_summaries (rowid INTEGER PRIMARY KEY, json TEXT NOT NULL);
      CREATE TRIGGER incident_summaries_delete AFTER DELETE ON incidents BEGIN
        DELETE FROM incident_summaries WHERE rowid = old.rowid;
      END;

      -- Full text by incident: the titles and texts of all its reports, one row. The rowid is the list's own
      -- order, (start day + 1,000,000) * 2^32 + the incident's rowid, undated (or unreadable) last as day 2,097,151: a search
      -- reads matches in list order from the index and stops at a page, instead of mapping every matching
      -- report to its incident and sorting them all (measured on a million incidents: a town named in 8,000
      -- reports, 51 ms a page). Contentless: the text lives in reports, the index only here.
      CREATE VIRTUAL TABLE incidents_fts USING fts5(text, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');
      INSERT INTO incidents_fts (rowid, text)
        SELECT coalesce(CAST(julianday(i.date_start) - 2440587.5 AS INTEGER) + 1000000, 2097151) * 4294967296 + i.rowid,
               (SELECT group_concat(coalesce(r.title, '') || char(10) || r.text, char(10)) FROM incident_accounts ia
                  JOIN accounts a ON a.id = ia.account_id JOIN reports r ON r.rowid = a.report_rowid WHERE ia.incident_rowid = i.rowid)
          FROM incidents i;
      CREATE TRIGGER incidents_fts_delete AFTER DELETE ON incidents BEGIN
        DELETE FROM incidents_fts WHERE rowid =
          coalesce(CAST(julianday(old.date_start) - 2440587.5 AS INTEGER) + 1000000, 2097151) * 4294967296 + old.rowid;
      END;
      -- Searches find incidents now; the index by report goes.
      DROP TABLE reports_fts;

      -- The accounts each logged action was about (a review's incident's accounts, those a merge joined, both
      -- sides of a split): an incident's history is what was done to it under any id its accounts had.
      CREATE TABLE event_accounts (account_id INTEGER NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (account_id, seq)) WITHOUT ROWID;
      CREATE TRIGGER event_accounts_insert AFTER INSERT ON events WHEN json_valid(new.payload) BEGIN
        INSERT OR IGNORE INTO event_accounts (account_id, seq)
          SELECT value, new.seq FROM json_each(new.payload, '$.accounts') WHERE typeof(value) = 'integer'
          UNION SELECT value, new.seq FROM json_each(new.payload, '$.rest') WHERE typeof(value) = 'integer';
      END;
      INSERT OR IGNORE INTO event_accounts (account_id, seq)
        SELECT j.value, e.seq FROM events e, json_each(e.payload, '$.accounts') j WHERE json_valid(e.payload) AND typeof(j.value) = 'integer'
        UNION SELECT j.value, e.seq FROM events e, json_each(e.payload, '$.rest') j WHERE json_valid(e.payload) AND typeof(j.value) = 'integer';
    `,
  },
  {
    version: 5,
    name: 'list summaries kept in place-and-day order',
    sql: `
      -- A list page of a box over a few months read 100 summaries from 100 scattered pages (measured on a
      -- million incidents: 0.7 ms of CPU a page, most of it copying pages); kept by cell and day, it reads a
      -- few adjacent ones (0.27 ms). Lists by other filters find a summary by its incident's rowid, the index.
      CREATE TABLE incident_summaries_by_place (cell INTEGER NOT NULL, day INTEGER NOT NULL, id INTEGER NOT NULL, json TEXT NOT NULL,
        PRIMARY KEY (cell, day, id)) WITHOUT ROWID;
      INSERT INTO incident_summaries_by_place (cell, day, id, json)
        SELECT ${SUMMARY_CELL_SQL}, ${SUMMARY_DAY_SQL}, s.rowid, s.json FROM incident_summaries s LEFT JOIN incidents_where w ON w.id = s.rowid
         ORDER BY 1, 2, 3;
      DROP TRIGGER incident_summaries_delete;
      DROP TABLE incident_summaries;
      ALTER TABLE incident_summaries_by_place RENAME TO incident_summaries;
      CREATE UNIQUE INDEX incident_summaries_id ON incident_summaries (id);
      CREATE TRIGGER incident_summaries_delete AFTER DELETE ON incidents BEGIN
        DELETE FROM incident_summaries WHERE id = old.rowid;
      END;
    `,
  },
];

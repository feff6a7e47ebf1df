"""Schema migrations, applied in order; never edit one that has shipped, add a new one."""

MIGRATIONS: list[str] = [
    # 1: articles, their cleaning record, errors, duplicates, per-article annotations
    """
    CREATE TABLE articles (
        id VARCHAR PRIMARY KEY, source VARCHAR NOT NULL, sha256 VARCHAR NOT NULL UNIQUE,
        title VARCHAR, authors VARCHAR[], outlet VARCHAR, published VARCHAR,
        published_basis VARCHAR NOT NULL, published_evidence VARCHAR, language VARCHAR,
        format VARCHAR, text VARCHAR NOT NULL, fingerprint VARCHAR NOT NULL,
        pipeline_version VARCHAR NOT NULL, ingested_at TIMESTAMP NOT NULL
    );
    CREATE INDEX articles_fingerprint ON articles (fingerprint);
    CREATE TABLE duplicates (sha256 VARCHAR PRIMARY KEY, source VARCHAR, article VARCHAR NOT NULL, at_ TIMESTAMP);
    CREATE TABLE errors (source VARCHAR PRIMARY KEY, sha256 VARCHAR, reason VARCHAR NOT NULL, at_ TIMESTAMP);
    CREATE TABLE removals (article VARCHAR, seq INTEGER, kind VARCHAR, text VARCHAR, start_ INTEGER, end_ INTEGER);
    CREATE TABLE template_lines (key VARCHAR, document VARCHAR, PRIMARY KEY (key, document));
    CREATE TABLE mentions (article VARCHAR, seq INTEGER, start_ INTEGER, end_ INTEGER, text VARCHAR, type VARCHAR,
        entity VARCHAR, name VARCHAR, kind VARCHAR, role VARCHAR, country VARCHAR);
    CREATE TABLE times (article VARCHAR, seq INTEGER, start_ INTEGER, end_ INTEGER, text VARCHAR, value VARCHAR,
        precision VARCHAR, rule VARCHAR);
    CREATE TABLE quotes (article VARCHAR, seq INTEGER, start_ INTEGER, end_ INTEGER, text VARCHAR, kind VARCHAR,
        speaker VARCHAR, speaker_text VARCHAR, cue VARCHAR, channel VARCHAR, speaker_start INTEGER, speaker_end INTEGER);
    CREATE TABLE events (article VARCHAR, seq INTEGER, start_ INTEGER, end_ INTEGER, type VARCHAR, mode VARCHAR,
        trigger VARCHAR, source VARCHAR[], target VARCHAR[], location VARCHAR, date VARCHAR, modality VARCHAR,
        coup VARCHAR, size VARCHAR, confidence DOUBLE)
    """,
    # 2: the corpus stage (canonical actors) and the user's corrections to it
    """
    CREATE TABLE actors (id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, type VARCHAR NOT NULL,
        aliases VARCHAR[], roles VARCHAR[], country VARCHAR);
    CREATE TABLE actor_links (article VARCHAR, entity VARCHAR, actor VARCHAR, PRIMARY KEY (article, entity));
    CREATE TABLE actor_mentions (actor VARCHAR, article VARCHAR, start_ INTEGER, end_ INTEGER);
    CREATE TABLE corrections (seq INTEGER PRIMARY KEY, op VARCHAR NOT NULL, at_ TIMESTAMP NOT NULL)
    """,
    # 3: to whom a quotation was said
    """
    ALTER TABLE quotes ADD COLUMN addressee VARCHAR;
    ALTER TABLE quotes ADD COLUMN addressee_text VARCHAR
    """,
    # 4: the incidents corpus stage (event mentions joined into happenings), rebuilt after every resolution
    """
    CREATE TABLE incidents (id VARCHAR PRIMARY KEY, type VARCHAR NOT NULL, mode VARCHAR, date VARCHAR,
        summary VARCHAR NOT NULL, actors VARCHAR[], location VARCHAR, articles VARCHAR[], outlets VARCHAR[],
        corroboration INTEGER NOT NULL, conflicts VARCHAR);
    CREATE TABLE incident_events (article VARCHAR, seq INTEGER, incident VARCHAR NOT NULL, PRIMARY KEY (article, seq))
    """,
    # 5: the outlet of a copy kept only as a duplicate, so syndication still lists it among the outlets
    """
    ALTER TABLE duplicates ADD COLUMN outlet VARCHAR
    """,
    # 6: the sector of an unnamed collective actor (MIL, COP, OPP, ...)
    """
    ALTER TABLE actors ADD COLUMN sector VARCHAR
    """,
    # 7: whether a mention's or an actor's country is stated by the text or inferred from the article's main country
    """
    ALTER TABLE mentions ADD COLUMN country_basis VARCHAR;
    ALTER TABLE actors ADD COLUMN country_basis VARCHAR
    """,
    # 8: whether an event's source is named by its own clause or taken from the article around it
    """
    ALTER TABLE events ADD COLUMN source_basis VARCHAR
    """,
]

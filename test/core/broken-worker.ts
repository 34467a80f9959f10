// A worker for the pool's tests that cannot start: it fails while loading, as one whose database is missing would.
throw new Error('cannot open the database');

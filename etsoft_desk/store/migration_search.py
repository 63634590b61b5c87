"""Migration 22 (issue 14, performance): the search's first page at a million customers."""

from __future__ import annotations

from peewee import Database


def v22_search_order(db: Database) -> None:
    # A search's matches come from FTS5 by customer number; ordering them by name needs each one's sort key.
    # Read from the customer rows that is a page read (and decrypted) per match; this index holds only the
    # columns the list sorts by, so a search's sort reads a small part of the file (store/search_page.py).
    db.execute_sql("CREATE INDEX customer_search_order ON customer (id, sort_key, postcode, city)")
    # One typed letter ("j") matched every word beginning with it, merged at each keystroke: FTS5 now keeps a
    # prefix index of one letter too. FTS5 cannot change that in place: the index is built anew from its own
    # text (the old table's pages are overwritten as it goes: secure_delete, store/database.py).
    db.execute_sql("""CREATE VIRTUAL TABLE customer_search_v22 USING fts5(
        body, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')""")
    db.execute_sql("INSERT INTO customer_search_v22 (customer_search_v22, rank) VALUES ('secure-delete', 1)")
    db.execute_sql("INSERT INTO customer_search_v22 (rowid, body) SELECT rowid, body FROM customer_search")
    db.execute_sql("DROP TABLE customer_search")
    db.execute_sql("ALTER TABLE customer_search_v22 RENAME TO customer_search")

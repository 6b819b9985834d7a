// Applied before every import; each statement is idempotent.
// Ids are unique per kind; Party (organizations and persons) shares one id space because
// applicants, transactions and equity name either.
CREATE CONSTRAINT region_code IF NOT EXISTS FOR (n:Region) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT party_id IF NOT EXISTS FOR (n:Party) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT patent_id IF NOT EXISTS FOR (n:Patent) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT ipc_class_code IF NOT EXISTS FOR (n:IpcClass) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT transaction_id IF NOT EXISTS FOR (n:Transaction) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT policy_id IF NOT EXISTS FOR (n:Policy) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT provision_id IF NOT EXISTS FOR (n:Provision) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT coverage_scope_id IF NOT EXISTS FOR (n:CoverageScope) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT import_run_id IF NOT EXISTS FOR (n:ImportRun) REQUIRE n.id IS UNIQUE;
// Lookups by id for kinds whose key is another property, so entity(id) is one index seek per kind.
CREATE INDEX region_id IF NOT EXISTS FOR (n:Region) ON (n.id);
CREATE INDEX ipc_class_id IF NOT EXISTS FOR (n:IpcClass) ON (n.id);
CREATE INDEX transaction_date IF NOT EXISTS FOR (n:Transaction) ON (n.date);
CREATE INDEX transaction_kind IF NOT EXISTS FOR (n:Transaction) ON (n.kind);
CREATE INDEX patent_filed IF NOT EXISTS FOR (n:Patent) ON (n.filed);
CREATE INDEX organization_kind IF NOT EXISTS FOR (n:Organization) ON (n.kind);
CREATE INDEX organization_industry IF NOT EXISTS FOR (n:Organization) ON (n.industry);
CREATE INDEX policy_level IF NOT EXISTS FOR (n:Policy) ON (n.level);
CREATE INDEX policy_effective IF NOT EXISTS FOR (n:Policy) ON (n.effective);
// Full-text indexes are updated after commit (eventually consistent): synchronous Lucene updates
// halve import speed; an import waits for the refresh once at its end.
// Chinese names and titles: the cjk analyzer indexes overlapping character bigrams, so 电池 finds 锂离子电池.
// Persons have indexes of their own: Lucene scores a word by how rare it is in its index, so in a
// shared one a person's name would change the scores (and a page's share of hits) that roles who
// may not see persons get, and tell them the name is there. schema.ts drops an older shared index.
CREATE FULLTEXT INDEX search_zh IF NOT EXISTS
  FOR (n:Patent|Organization|Policy|Region) ON EACH [n.name, n.title]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: true } };
CREATE FULLTEXT INDEX search_person_zh IF NOT EXISTS
  FOR (n:Person) ON EACH [n.name]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: true } };
// English names and titles: stemming, so "batteries" finds "battery".
CREATE FULLTEXT INDEX search_en IF NOT EXISTS
  FOR (n:Patent|Organization|Policy|Region) ON EACH [n.name_en, n.title_en]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'english', `fulltext.eventually_consistent`: true } };
CREATE FULLTEXT INDEX search_person_en IF NOT EXISTS
  FOR (n:Person) ON EACH [n.name_en]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'english', `fulltext.eventually_consistent`: true } };
// A patent's words, for the licensee finder's technology evidence where a patent has no classes:
// its titles and abstract in one index (cjk: bigrams for Chinese, words for English), so
// Lucene's relevance weighs each word by its rarity among patents only.
CREATE FULLTEXT INDEX patent_text IF NOT EXISTS
  FOR (n:Patent) ON EACH [n.title, n.title_en, n.abstract]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: true } };

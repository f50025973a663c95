
-- column_comments.sql
--		A COMMENT on every column of the extension's tables and views, so
--		that \d+ and BI tools (ODBC's and JDBC's REMARKS) say what each
--		holds.  New in 0.3; the tables' and views' own comments are where
--		they are defined.

COMMENT ON COLUMN @extschema@.document.document_id IS
	'Identifier of this revision of the document';
COMMENT ON COLUMN @extschema@.document.publisher IS
	'Who published the document, from the manifest or the page';
COMMENT ON COLUMN @extschema@.document.title IS
	'The document''s title: its first line, or the page''s <h1> or <title>';
COMMENT ON COLUMN @extschema@.document.fetched_at IS
	'When the document was fetched, from the manifest; NULL where no source gives it';
COMMENT ON COLUMN @extschema@.fact.fact_id IS
	'Identifier of the fact';
COMMENT ON COLUMN @extschema@.fact.document_id IS
	'The document revision that states the fact';
COMMENT ON COLUMN @extschema@.fact.kind IS
	'What the fact says: organisation, membership, member_count, fee, twin_town, area or document_date';
COMMENT ON COLUMN @extschema@.fact.organisation_id IS
	'The organisation the fact is about, as resolved against organisation and organisation_name';
COMMENT ON COLUMN @extschema@.fact.member_name IS
	'The member''s name as the document writes it';
COMMENT ON COLUMN @extschema@.fact.municipality IS
	'For twin towns the gazetteer code of the municipality whose partner it is';
COMMENT ON COLUMN @extschema@.fact.partner IS
	'For twin towns the partner town as the document names it';
COMMENT ON COLUMN @extschema@.fact.partner_place IS
	'For twin towns the gazetteer code of the partner, where it is a known place';
COMMENT ON COLUMN @extschema@.fact.partner_country IS
	'For twin towns the partner''s country, ISO 3166-1 alpha-2';
COMMENT ON COLUMN @extschema@.fact.relation IS
	'For twin towns twin_town or cooperation_agreement';
COMMENT ON COLUMN @extschema@.fact.count IS
	'For member counts the number of members stated';
COMMENT ON COLUMN @extschema@.fact.byte_start IS
	'Byte offset in document.content where the evidence begins';
COMMENT ON COLUMN @extschema@.fact.byte_end IS
	'Byte offset in document.content just past the evidence';
COMMENT ON COLUMN @extschema@.fact.quote IS
	'The sentence the fact was read from, as the document writes it';
COMMENT ON COLUMN @extschema@.fact.rule IS
	'The extraction rule that found the fact';
COMMENT ON COLUMN @extschema@.organisation.organisation_id IS
	'Identifier of the organisation';
COMMENT ON COLUMN @extschema@.organisation.name IS
	'The organisation''s name, as the registry or the first document that named it gives it';
COMMENT ON COLUMN @extschema@.organisation_name.name IS
	'A name the organisation goes by, unique regardless of letter case';
COMMENT ON COLUMN @extschema@.organisation_name.organisation_id IS
	'The organisation the name belongs to';
COMMENT ON COLUMN @extschema@.organisation_name.variant IS
	'Where the name comes from: registry, name (how a document introduced it), abbreviation or former_name';
COMMENT ON COLUMN @extschema@.place.country IS
	'SE (Sweden) or DK (Denmark)';
COMMENT ON COLUMN @extschema@.place_name.name IS
	'A name the place goes by';
COMMENT ON COLUMN @extschema@.place_name.place IS
	'The place''s code (place.code)';
COMMENT ON COLUMN @extschema@.place_name.variant IS
	'official (its short name) or alias (exonym, former or transliterated spelling)';
COMMENT ON COLUMN @extschema@.population.place IS
	'The municipality or region (place.code)';
COMMENT ON COLUMN @extschema@.population.reference_date IS
	'The day the figure counts inhabitants on (31 December for Statistics Sweden, 1 January for Statistics Denmark)';
COMMENT ON COLUMN @extschema@.population.inhabitants IS
	'Number of inhabitants on the reference date';
COMMENT ON COLUMN @extschema@.population.source IS
	'Who published the figure';
COMMENT ON COLUMN @extschema@.section.document_id IS
	'The document revision the section belongs to';
COMMENT ON COLUMN @extschema@.section.ordinal IS
	'Position of the section in the document, from 1';
COMMENT ON COLUMN @extschema@.cooperation_area.organisation_id IS
	'Identifier of the organisation (organisation.organisation_id)';
COMMENT ON COLUMN @extschema@.cooperation_area.organisation IS
	'The organisation''s name';
COMMENT ON COLUMN @extschema@.cooperation_area.area IS
	'A field the organisation cooperates in, as the document words it';
COMMENT ON COLUMN @extschema@.cooperation_area.fact_id IS
	'The fact this row comes from (fact.fact_id): its quote, rule and document';
COMMENT ON COLUMN @extschema@.current_fact.fact_id IS
	'Identifier of the fact';
COMMENT ON COLUMN @extschema@.current_fact.document_id IS
	'The document revision that states the fact';
COMMENT ON COLUMN @extschema@.current_fact.kind IS
	'What the fact says: organisation, membership, member_count, fee, twin_town, area or document_date';
COMMENT ON COLUMN @extschema@.current_fact.organisation_id IS
	'The organisation the fact is about, as resolved against organisation and organisation_name';
COMMENT ON COLUMN @extschema@.current_fact.organisation_name IS
	'The organisation''s name as the document writes it';
COMMENT ON COLUMN @extschema@.current_fact.name IS
	'For areas the area; for organisations an abbreviation or former name; for member counts the set counted; for document dates published or updated';
COMMENT ON COLUMN @extschema@.current_fact.member IS
	'Gazetteer code of the member, where the name was resolved';
COMMENT ON COLUMN @extschema@.current_fact.member_name IS
	'The member''s name as the document writes it';
COMMENT ON COLUMN @extschema@.current_fact.derived IS
	'The membership was expanded from a counted statement ("samtliga 33 skånska kommuner")';
COMMENT ON COLUMN @extschema@.current_fact.municipality IS
	'For twin towns the gazetteer code of the municipality whose partner it is';
COMMENT ON COLUMN @extschema@.current_fact.partner IS
	'For twin towns the partner town as the document names it';
COMMENT ON COLUMN @extschema@.current_fact.partner_place IS
	'For twin towns the gazetteer code of the partner, where it is a known place';
COMMENT ON COLUMN @extschema@.current_fact.partner_country IS
	'For twin towns the partner''s country, ISO 3166-1 alpha-2';
COMMENT ON COLUMN @extschema@.current_fact.relation IS
	'For twin towns twin_town or cooperation_agreement';
COMMENT ON COLUMN @extschema@.current_fact.valid IS
	'When the fact holds, as the text states it; NULL where the text gives no date';
COMMENT ON COLUMN @extschema@.current_fact.rate IS
	'For fees the rate; NULL where the document names a fee without its amount';
COMMENT ON COLUMN @extschema@.current_fact.count IS
	'For member counts the number of members stated';
COMMENT ON COLUMN @extschema@.current_fact.byte_start IS
	'Byte offset in document.content where the evidence begins';
COMMENT ON COLUMN @extschema@.current_fact.byte_end IS
	'Byte offset in document.content just past the evidence';
COMMENT ON COLUMN @extschema@.current_fact.quote IS
	'The sentence the fact was read from, as the document writes it';
COMMENT ON COLUMN @extschema@.current_fact.rule IS
	'The extraction rule that found the fact';
COMMENT ON COLUMN @extschema@.current_fact.warning IS
	'What the extractor found doubtful, e.g. a stated count that does not match the names listed';
COMMENT ON COLUMN @extschema@.current_fact.document_date IS
	'The date the document speaks for: its updated or published date, else the day it was fetched or loaded';
COMMENT ON COLUMN @extschema@.current_fact.valid_as_read IS
	'valid, or on or before document_date where the text gives no date: what the statement certainly says';
COMMENT ON COLUMN @extschema@.fee.fee_id IS
	'Identifier of the fee rule: the fact that states it';
COMMENT ON COLUMN @extschema@.fee.organisation_id IS
	'Identifier of the organisation (organisation.organisation_id)';
COMMENT ON COLUMN @extschema@.fee.organisation IS
	'The organisation''s name';
COMMENT ON COLUMN @extschema@.fee.rate IS
	'The fee rate; NULL where the document names a fee without its amount';
COMMENT ON COLUMN @extschema@.fee.valid IS
	'When it holds (validity type): as the text states it, or on or before the document''s date where the text gives no date';
COMMENT ON COLUMN @extschema@.fee.document_date IS
	'The date the document speaks for: its updated or published date, else the day it was fetched or loaded';
COMMENT ON COLUMN @extschema@.fee.fact_id IS
	'The fact this row comes from (fact.fact_id): its quote, rule and document';
COMMENT ON COLUMN @extschema@.member_count.fact_id IS
	'The fact this row comes from (fact.fact_id): its quote, rule and document';
COMMENT ON COLUMN @extschema@.member_count.organisation_id IS
	'Identifier of the organisation (organisation.organisation_id)';
COMMENT ON COLUMN @extschema@.member_count.organisation IS
	'The organisation''s name';
COMMENT ON COLUMN @extschema@.member_count.count IS
	'The number of members the document states';
COMMENT ON COLUMN @extschema@.member_count.counted IS
	'What was counted, as the document words it ("skånska kommuner")';
COMMENT ON COLUMN @extschema@.member_count.valid IS
	'When it holds (validity type): as the text states it, or on or before the document''s date where the text gives no date';
COMMENT ON COLUMN @extschema@.member_count.document_date IS
	'The date the document speaks for: its updated or published date, else the day it was fetched or loaded';
COMMENT ON COLUMN @extschema@.member_count.document_id IS
	'The document revision that states it (document.document_id)';
COMMENT ON COLUMN @extschema@.membership.membership_id IS
	'Identifier of the membership: the fact whose validity the row gives';
COMMENT ON COLUMN @extschema@.membership.organisation_id IS
	'Identifier of the organisation (organisation.organisation_id)';
COMMENT ON COLUMN @extschema@.membership.organisation IS
	'The organisation''s name';
COMMENT ON COLUMN @extschema@.membership.member IS
	'Gazetteer code of the member (place.code); NULL for a member the gazetteer does not know';
COMMENT ON COLUMN @extschema@.membership.member_name IS
	'The member''s name: the gazetteer''s short name, else as the document writes it';
COMMENT ON COLUMN @extschema@.membership.valid IS
	'When the membership holds, from the statement that says most (see the view''s comment)';
COMMENT ON COLUMN @extschema@.membership.derived IS
	'Every statement behind the row is a count expanded into members, none names the member';
COMMENT ON COLUMN @extschema@.membership.documents IS
	'How many current documents state the membership';
COMMENT ON COLUMN @extschema@.membership.evidence IS
	'The fact_id of every statement behind the row';
COMMENT ON COLUMN @extschema@.twin_town.fact_id IS
	'The fact this row comes from (fact.fact_id): its quote, rule and document';
COMMENT ON COLUMN @extschema@.twin_town.municipality IS
	'Gazetteer code of the municipality (place.code)';
COMMENT ON COLUMN @extschema@.twin_town.municipality_name IS
	'The municipality''s short name';
COMMENT ON COLUMN @extschema@.twin_town.partner IS
	'The partner town as the document names it';
COMMENT ON COLUMN @extschema@.twin_town.partner_place IS
	'Gazetteer code of the partner, where it is a known place';
COMMENT ON COLUMN @extschema@.twin_town.partner_country IS
	'The partner''s country, ISO 3166-1 alpha-2';
COMMENT ON COLUMN @extschema@.twin_town.relation IS
	'twin_town (vänort) or cooperation_agreement';
COMMENT ON COLUMN @extschema@.twin_town.valid IS
	'When it holds (validity type): as the text states it, or on or before the document''s date where the text gives no date';
COMMENT ON COLUMN @extschema@.twin_town.document_date IS
	'The date the document speaks for: its updated or published date, else the day it was fetched or loaded';
COMMENT ON COLUMN @extschema@.twin_town.document_id IS
	'The document revision that states it (document.document_id)';
COMMENT ON COLUMN skanecoop_bi.documents.document_id IS
	'Identifier of the revision';
COMMENT ON COLUMN skanecoop_bi.documents.uri IS
	'Where the document was fetched from';
COMMENT ON COLUMN skanecoop_bi.documents.publisher IS
	'Who published the document';
COMMENT ON COLUMN skanecoop_bi.documents.title IS
	'The document''s title';
COMMENT ON COLUMN skanecoop_bi.documents.format IS
	'text, html or xml';
COMMENT ON COLUMN skanecoop_bi.documents.sha256 IS
	'SHA-256 of the source bytes, as 64 hex digits';
COMMENT ON COLUMN skanecoop_bi.documents.fetched_at IS
	'When the document was fetched, where a source gives it';
COMMENT ON COLUMN skanecoop_bi.documents.published_on IS
	'Publication date, from the manifest or the document''s own line';
COMMENT ON COLUMN skanecoop_bi.documents.updated_on IS
	'Date of the last update, from the manifest or the document''s own line';
COMMENT ON COLUMN skanecoop_bi.documents.loaded_at IS
	'Start of the loader run that stored this revision';
COMMENT ON COLUMN skanecoop_bi.documents.superseded_at IS
	'Start of the run that stored the next revision; NULL while current';
COMMENT ON COLUMN skanecoop_bi.documents.current IS
	'This is the current revision of the document';
COMMENT ON COLUMN skanecoop_bi.documents.sections IS
	'Number of sections';
COMMENT ON COLUMN skanecoop_bi.documents.characters IS
	'Length of the stored text in characters';
COMMENT ON COLUMN skanecoop_bi.facts.fact_id IS
	'Identifier of the fact';
COMMENT ON COLUMN skanecoop_bi.facts.kind IS
	'organisation, membership, member_count, fee, twin_town, area or document_date';
COMMENT ON COLUMN skanecoop_bi.facts.organisation IS
	'The organisation''s name';
COMMENT ON COLUMN skanecoop_bi.facts.organisation_as_written IS
	'The organisation''s name as the document writes it';
COMMENT ON COLUMN skanecoop_bi.facts.member_code IS
	'Gazetteer code of the member, where resolved';
COMMENT ON COLUMN skanecoop_bi.facts.member_name IS
	'The member''s name as the document writes it';
COMMENT ON COLUMN skanecoop_bi.facts.derived IS
	'A membership expanded from a counted statement, not named in the text';
COMMENT ON COLUMN skanecoop_bi.facts.municipality_code IS
	'For twin towns the municipality''s gazetteer code';
COMMENT ON COLUMN skanecoop_bi.facts.partner IS
	'For twin towns the partner town as the document names it';
COMMENT ON COLUMN skanecoop_bi.facts.partner_country IS
	'For twin towns the partner''s country, ISO 3166-1 alpha-2';
COMMENT ON COLUMN skanecoop_bi.facts.relation IS
	'For twin towns twin_town or cooperation_agreement';
COMMENT ON COLUMN skanecoop_bi.facts.name IS
	'For areas the area; for organisations an abbreviation or former name; for member counts what was counted; for document dates published or updated';
COMMENT ON COLUMN skanecoop_bi.facts.validity IS
	'When it holds, as EDTF interval text (the validity type''s canonical form); NULL where the text gives no date';
COMMENT ON COLUMN skanecoop_bi.facts.earliest_start IS
	'Earliest day the fact may have begun; NULL where unbounded';
COMMENT ON COLUMN skanecoop_bi.facts.latest_start IS
	'Latest day the fact may have begun; NULL where unbounded';
COMMENT ON COLUMN skanecoop_bi.facts.earliest_end IS
	'Earliest day the fact may have ended; NULL where unbounded or still valid';
COMMENT ON COLUMN skanecoop_bi.facts.latest_end IS
	'Latest day the fact may have ended; NULL where unbounded or still valid';
COMMENT ON COLUMN skanecoop_bi.facts.rate IS
	'For fees the rate as text ("21.00 kr/invånare/år")';
COMMENT ON COLUMN skanecoop_bi.facts.amount_sek IS
	'For fees the rate''s amount in kronor';
COMMENT ON COLUMN skanecoop_bi.facts.count IS
	'For member counts the number stated';
COMMENT ON COLUMN skanecoop_bi.facts.document_uri IS
	'Where the stating document was fetched from';
COMMENT ON COLUMN skanecoop_bi.facts.publisher IS
	'Who published the stating document';
COMMENT ON COLUMN skanecoop_bi.facts.stated_on IS
	'The date the document speaks for: its updated or published date, else the day it was fetched or loaded';
COMMENT ON COLUMN skanecoop_bi.facts.current IS
	'The fact belongs to the current revision of its document';
COMMENT ON COLUMN skanecoop_bi.facts.byte_start IS
	'Byte offset in the document''s text where the evidence begins';
COMMENT ON COLUMN skanecoop_bi.facts.byte_end IS
	'Byte offset in the document''s text just past the evidence';
COMMENT ON COLUMN skanecoop_bi.facts.quote IS
	'The sentence the fact was read from';
COMMENT ON COLUMN skanecoop_bi.facts.rule IS
	'The extraction rule that found the fact';
COMMENT ON COLUMN skanecoop_bi.facts.warning IS
	'What the extractor found doubtful; NULL where nothing';
COMMENT ON COLUMN skanecoop_bi.fee_schedule.year IS
	'The calendar year charged';
COMMENT ON COLUMN skanecoop_bi.fee_schedule.organisation IS
	'The organisation''s name';
COMMENT ON COLUMN skanecoop_bi.fee_schedule.member_code IS
	'Gazetteer code of the member';
COMMENT ON COLUMN skanecoop_bi.fee_schedule.member_name IS
	'The member''s short name';
COMMENT ON COLUMN skanecoop_bi.fee_schedule.rate IS
	'The fee rate as text';
COMMENT ON COLUMN skanecoop_bi.fee_schedule.inhabitants IS
	'The member''s inhabitants on population_date';
COMMENT ON COLUMN skanecoop_bi.fee_schedule.population_date IS
	'The reference date of the population figure used';
COMMENT ON COLUMN skanecoop_bi.fee_schedule.fee_sek IS
	'What the member certainly owes for the year, in kronor; NULL with a reason where it cannot be computed';
COMMENT ON COLUMN skanecoop_bi.fee_schedule.fee_at_most_sek IS
	'What the member owes at most for the year (the possible reading of its membership), in kronor';
COMMENT ON COLUMN skanecoop_bi.fee_schedule.reason IS
	'Why a fee is NULL (no population figure, an unknown amount, …); NULL where both are known';
COMMENT ON COLUMN skanecoop_bi.fees.organisation_id IS
	'Identifier of the organisation (organisation.organisation_id)';
COMMENT ON COLUMN skanecoop_bi.fees.organisation IS
	'The organisation''s name';
COMMENT ON COLUMN skanecoop_bi.fees.rate IS
	'The fee rate as text; NULL where the document gives no amount';
COMMENT ON COLUMN skanecoop_bi.fees.amount_sek IS
	'The rate''s amount in kronor; NULL where unknown';
COMMENT ON COLUMN skanecoop_bi.fees.basis IS
	'inhabitant (per inhabitant) or flat';
COMMENT ON COLUMN skanecoop_bi.fees.period IS
	'year, quarter or month';
COMMENT ON COLUMN skanecoop_bi.fees.validity IS
	'When it holds, as EDTF interval text (the validity type''s canonical form)';
COMMENT ON COLUMN skanecoop_bi.fees.earliest_start IS
	'Earliest day the rule may have begun; NULL where unbounded';
COMMENT ON COLUMN skanecoop_bi.fees.latest_start IS
	'Latest day the rule may have begun; NULL where unbounded';
COMMENT ON COLUMN skanecoop_bi.fees.stated_on IS
	'The date the document speaks for: its updated or published date, else the day it was fetched or loaded';
COMMENT ON COLUMN skanecoop_bi.member_counts.organisation_id IS
	'Identifier of the organisation (organisation.organisation_id)';
COMMENT ON COLUMN skanecoop_bi.member_counts.organisation IS
	'The organisation''s name';
COMMENT ON COLUMN skanecoop_bi.member_counts.count IS
	'The number of members the document states';
COMMENT ON COLUMN skanecoop_bi.member_counts.counted IS
	'What was counted, as the document words it';
COMMENT ON COLUMN skanecoop_bi.member_counts.validity IS
	'When it holds, as EDTF interval text (the validity type''s canonical form)';
COMMENT ON COLUMN skanecoop_bi.member_counts.stated_on IS
	'The date the document speaks for: its updated or published date, else the day it was fetched or loaded';
COMMENT ON COLUMN skanecoop_bi.member_counts.publisher IS
	'Who published the stating document';
COMMENT ON COLUMN skanecoop_bi.memberships.organisation_id IS
	'Identifier of the organisation (organisation.organisation_id)';
COMMENT ON COLUMN skanecoop_bi.memberships.organisation IS
	'The organisation''s name';
COMMENT ON COLUMN skanecoop_bi.memberships.member_code IS
	'Gazetteer code of the member; NULL for a member the gazetteer does not know';
COMMENT ON COLUMN skanecoop_bi.memberships.member_name IS
	'The member''s short name, else as the document writes it';
COMMENT ON COLUMN skanecoop_bi.memberships.validity IS
	'When it holds, as EDTF interval text (the validity type''s canonical form)';
COMMENT ON COLUMN skanecoop_bi.memberships.earliest_start IS
	'Earliest day the membership may have begun; NULL where unbounded';
COMMENT ON COLUMN skanecoop_bi.memberships.latest_start IS
	'Latest day the membership may have begun; NULL where unbounded';
COMMENT ON COLUMN skanecoop_bi.memberships.earliest_end IS
	'Earliest day the membership may have ended; NULL where unbounded or still valid';
COMMENT ON COLUMN skanecoop_bi.memberships.latest_end IS
	'Latest day the membership may have ended; NULL where unbounded or still valid';
COMMENT ON COLUMN skanecoop_bi.memberships.start_precision IS
	'How precisely the start is known: day, month, year or decade; NULL where unbounded';
COMMENT ON COLUMN skanecoop_bi.memberships.end_precision IS
	'How precisely the end is known: day, month, year or decade; NULL where open or unbounded';
COMMENT ON COLUMN skanecoop_bi.memberships.still_valid IS
	'The membership is stated to hold still (its end is open)';
COMMENT ON COLUMN skanecoop_bi.memberships.certain_period IS
	'The days the membership certainly covers, as a daterange';
COMMENT ON COLUMN skanecoop_bi.memberships.possible_period IS
	'The days the membership possibly covers, as a daterange';
COMMENT ON COLUMN skanecoop_bi.memberships.derived IS
	'Every statement behind the row is a count expanded into members, none names the member';
COMMENT ON COLUMN skanecoop_bi.memberships.documents IS
	'How many current documents state the membership';
COMMENT ON COLUMN skanecoop_bi.organisations.organisation_id IS
	'Identifier of the organisation';
COMMENT ON COLUMN skanecoop_bi.organisations.name IS
	'The organisation''s name';
COMMENT ON COLUMN skanecoop_bi.organisations.kind IS
	'What kind of body it is (intermunicipal_cooperation, cooperation_committee, …); NULL where unknown';
COMMENT ON COLUMN skanecoop_bi.organisations.other_names IS
	'The other names it goes by (registry names, abbreviations, former names), separated by ", "';
COMMENT ON COLUMN skanecoop_bi.places.code IS
	'Official code: SCB kommunkod or länskod, Danmarks Statistik kommunekode or regionskode';
COMMENT ON COLUMN skanecoop_bi.places.name IS
	'Short name without "kommun", "kommune" or "stad"';
COMMENT ON COLUMN skanecoop_bi.places.country IS
	'SE or DK';
COMMENT ON COLUMN skanecoop_bi.places.kind IS
	'kommun, kommune or region';
COMMENT ON COLUMN skanecoop_bi.places.region_code IS
	'Code of the region the municipality lies in; NULL for a region';
COMMENT ON COLUMN skanecoop_bi.places.region_name IS
	'Name of that region';
COMMENT ON COLUMN skanecoop_bi.population.code IS
	'The place''s official code';
COMMENT ON COLUMN skanecoop_bi.population.name IS
	'The place''s short name';
COMMENT ON COLUMN skanecoop_bi.population.reference_date IS
	'The day the figure counts inhabitants on';
COMMENT ON COLUMN skanecoop_bi.population.inhabitants IS
	'Number of inhabitants on the reference date';
COMMENT ON COLUMN skanecoop_bi.population.source IS
	'Who published the figure';
COMMENT ON COLUMN skanecoop_bi.twin_towns.municipality_code IS
	'Gazetteer code of the municipality';
COMMENT ON COLUMN skanecoop_bi.twin_towns.municipality_name IS
	'The municipality''s short name';
COMMENT ON COLUMN skanecoop_bi.twin_towns.partner IS
	'The partner town as the document names it';
COMMENT ON COLUMN skanecoop_bi.twin_towns.partner_code IS
	'Gazetteer code of the partner, where it is a known place';
COMMENT ON COLUMN skanecoop_bi.twin_towns.partner_country IS
	'The partner''s country, ISO 3166-1 alpha-2';
COMMENT ON COLUMN skanecoop_bi.twin_towns.relation IS
	'twin_town or cooperation_agreement';
COMMENT ON COLUMN skanecoop_bi.twin_towns.validity IS
	'When it holds, as EDTF interval text (the validity type''s canonical form)';
COMMENT ON COLUMN skanecoop_bi.twin_towns.stated_on IS
	'The date the document speaks for: its updated or published date, else the day it was fetched or loaded';

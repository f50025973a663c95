--
-- fee_rule and money_amount: fee rules of every shape, amounts in four
-- currencies, the division of a total, and a fee schedule that charges them.
--
SET search_path = skanecoop, public;
SET DateStyle = ISO, YMD;

-- The operator classes are complete.
SELECT opc.opcname, amvalidate(opc.oid)
FROM pg_opclass opc
WHERE opc.opcnamespace = 'skanecoop'::regnamespace
  AND opc.opcintype IN ('fee_rule'::regtype, 'money_amount'::regtype)
ORDER BY 1;

--
-- money_amount: input as written, one canonical output.
--
SELECT a, currency(a), a::numeric AS units
FROM (VALUES ('1 234,50 kr'::money_amount), ('12,4 mnkr'), ('12,4 Mkr'), ('3 miljoner kronor'),
	  ('2,5 tkr'), ('1,5 mdkr'), ('50 öre'), ('SEK -3'), ('DKK 2,88'), ('2,88 kroner'),
	  ('2,5 mio. kr.'), ('NOK 10'), ('€5'), ('5 €'), ('5 euro'), ('0,01 EUR'),
	  ('2,88 danske kroner'), ('10 norske kroner')) AS v(a);
-- Boundaries: the range of an int8 of minor units.
SELECT '92233720368547758.07 SEK'::money_amount, '-92233720368547758.08 DKK'::money_amount;
SELECT a, a::text::money_amount = a AS round_trip
FROM (VALUES ('92233720368547758.07 EUR'::money_amount), ('-0.01 NOK'), ('0 kr')) AS v(a);
-- Bad input, one per line.
SELECT '92233720368547758.08 SEK'::money_amount;
SELECT '92233720368548 mnkr'::money_amount;
SELECT '21'::money_amount;
SELECT '2,5 öre'::money_amount;
SELECT '0,000000001 mnkr'::money_amount;
SELECT '21 kr extra'::money_amount;
SELECT '21 USD'::money_amount;
SELECT ''::money_amount;

-- Arithmetic in one currency; two currencies never add up.
SELECT '1 kr'::money_amount + '2,50 kr', 'DKK 10'::money_amount - 'DKK 0,01', -'€5'::money_amount,
	   'NOK 3'::money_amount * 3, '10 kr'::money_amount / 3;
SELECT '1 kr'::money_amount + 'DKK 1';
SELECT '1 kr'::money_amount - '€1';
SELECT '92233720368547758.07 SEK'::money_amount + '0,01 kr';
SELECT '10 kr'::money_amount / 0;
-- Sums are per currency; a sum over two is an error that says so.
CREATE TEMP TABLE charges (a money_amount);
INSERT INTO charges VALUES ('21 kr'), ('1 tkr'), ('DKK 2,88'), ('DKK 100'), ('€1'), (NULL);
SELECT currency(a), sum(a), count(*) FROM charges GROUP BY 1 ORDER BY 1;
SELECT sum(a) FROM charges;
-- Order is by currency (SEK, DKK, NOK, EUR), then amount; equality needs both.
SELECT a FROM charges WHERE a IS NOT NULL ORDER BY a;
SELECT '1 kr'::money_amount = '1 SEK'::money_amount AS same, '1 kr'::money_amount = 'DKK 1' AS across;
SELECT a, count(*) FROM (VALUES ('1 kr'::money_amount), ('SEK 1'), ('1 DKK')) AS v(a) GROUP BY a ORDER BY a;

-- sek casts to money_amount without loss; back only from SEK.
SELECT '-92233720368547758.08 kr'::sek::money_amount, '92233720368547758.07 kr'::sek::money_amount;
SELECT '21 kr'::money_amount::sek, ('1234.56'::sek::money_amount)::sek = '1234.56'::sek AS lossless;
SELECT 'DKK 21'::money_amount::sek;
SELECT make_money_amount(12.345, 'dkk'), make_money_amount(-0.005, 'EUR');
SELECT make_money_amount(1, 'USD');

-- Binary I/O round-trips through COPY; receive refuses an unknown currency.
CREATE TEMP TABLE amount_copy (a money_amount);
COPY charges TO '/tmp/skanecoop_money_amount.bin' WITH (FORMAT binary);
COPY amount_copy FROM '/tmp/skanecoop_money_amount.bin' WITH (FORMAT binary);
SELECT (SELECT array_agg(a ORDER BY a) FROM charges) = (SELECT array_agg(a ORDER BY a) FROM amount_copy) AS same;
-- Received bytes: an amount of 1.00 SEK, then one in US dollars (840).
CREATE TEMP TABLE raw (b bytea);
INSERT INTO raw VALUES (decode('0000000000000064' || '02f0', 'hex'));
COPY raw TO '/tmp/skanecoop_money_amount.bin' WITH (FORMAT binary);
COPY amount_copy FROM '/tmp/skanecoop_money_amount.bin' WITH (FORMAT binary);
SELECT a FROM amount_copy WHERE a = '1 kr';
UPDATE raw SET b = decode('0000000000000064' || '0348', 'hex');
COPY raw TO '/tmp/skanecoop_money_amount.bin' WITH (FORMAT binary);
COPY amount_copy FROM '/tmp/skanecoop_money_amount.bin' WITH (FORMAT binary);
SELECT encode(skanecoop_internal.money_amount_send('-2.88 DKK'), 'hex') AS dkk, encode(skanecoop_internal.money_amount_send('1 kr'), 'hex') AS sek;

--
-- fee_rule: every shape, as written; one canonical output that reads back.
--
SELECT r, r::text::fee_rule = r AS round_trip, rule_shape(r), rule_amount(r), rule_base(r),
	   rule_share(r), rule_period(r), rule_population_date(r)
FROM (VALUES ('21 kr/invånare/år'::fee_rule),
			 ('21 kronor per invånare och år'),
			 ('21 kr/inv'),
			 ('150 tkr per år'),
			 ('1000 kr/månad'),
			 ('50 öre/invånare/kvartal'),
			 ('2,88 kr. pr. indbygger'),
			 ('2,88 kr pr. indbygger om året'),
			 ('10 kr per innbygger'),
			 ('SEK 2 pr. indbygger'),
			 ('€2 per capita per year'),
			 ('en grundavgift på 50 000 kr och 3,50 kr per invånare'),
			 ('50000 kr/kvartal + 3,50 kr/invånare'),
			 ('50 000 kr og 3,50 kr pr. indbygger'),
			 ('12,4 mnkr/år fördelat efter invånarantal'),
			 ('12,4 mnkr fördelas efter invånarantal; befolkning 1 november'),
			 ('2 mio. kr. fordelt efter indbyggertal; befolkning 1 januari'),
			 ('600 tkr fördelat lika'),
			 ('600 tkr/kvartal i lika delar'),
			 ('13,2 % av 12,4 mnkr'),
			 ('13,2% of 12.4 MSEK per year'),
			 ('100 % av 1 kr/år'),
			 ('0,0001 % av 1 kr/år'),
			 ('21 kr/invånare/år; befolkning 1 januari'),
			 ('21 kr/invånare/år, befolkning per 31 december'),
			 ('92233720368547758.07 kr/invånare/år')) AS v(r);
-- Bad input, one per line.
SELECT '50000 kr/kvartal + 3,50 kr/invånare/år'::fee_rule;
SELECT '50000 DKK + 3,50 kr/invånare/år'::fee_rule;
SELECT 'grundavgift 50 000 kr'::fee_rule;
SELECT '100,0001 % av 1 kr/år'::fee_rule;
SELECT '13,23456 % av 1 kr/år'::fee_rule;
SELECT '13,2 % av 3 kr/invånare/år'::fee_rule;
SELECT '21 kr/invånare/år; befolkning 1 mars'::fee_rule;
SELECT '150000 kr/år; befolkning 1 november'::fee_rule;
SELECT '1 mnkr fördelat lika; befolkning 1 november'::fee_rule;
SELECT '150000 kr'::fee_rule;
SELECT '21 kr/invånare/vecka'::fee_rule;
SELECT '21 kr/medlem/år'::fee_rule;
SELECT '-21 kr/invånare/år'::fee_rule;
SELECT '21/invånare/år'::fee_rule;
SELECT '92233720368547758.08 kr/invånare/år'::fee_rule;
SELECT ''::fee_rule;

-- Every fee rate is a fee rule that writes as the rate does; a rule is a
-- rate only where it is one.
SELECT r, r::fee_rule::text = r::text AS same_text, r::fee_rule::fee_rate = r AS back
FROM (VALUES ('21 kr/invånare/år'::fee_rate), ('150000 kr/år'), ('5 kr/invånare/kvartal'),
	  ('0 kr/månad'), ('11529215046068469.75 kr/invånare/månad')) AS v(r);
SELECT '2.88 DKK/invånare/år'::fee_rule::fee_rate;
SELECT '21 kr/invånare/år; befolkning 1 november'::fee_rule::fee_rate;
SELECT '50000 kr + 3 kr/invånare/år'::fee_rule::fee_rate;
SELECT '11529215046068469.76 kr/år'::fee_rule::fee_rate;

-- Order: by shape, period, currency, population date, then amounts.
SELECT r FROM (VALUES ('21 kr/invånare/år'::fee_rule), ('150000 kr/år'), ('2,88 DKK/invånare/år'),
	  ('21 kr/invånare/år; befolkning 1 november'), ('20 kr/invånare/år'), ('13,2 % av 1 mnkr'),
	  ('12 % av 1 mnkr'), ('1 mnkr fördelat lika'), ('50000 kr + 3 kr/invånare/år')) AS v(r)
ORDER BY r;
SELECT r, count(*) FROM (VALUES ('21 kr/invånare/år'::fee_rule), ('SEK 21 per inhabitant per year'),
	  ('2,88 kr. pr. indbygger'), ('2.88 DKK/invånare/år')) AS v(r)
GROUP BY r ORDER BY r;

-- Binary I/O round-trips through COPY; receive refuses what no rule is.
CREATE TEMP TABLE rule_test (r fee_rule);
INSERT INTO rule_test VALUES ('21 kr/invånare/år'), ('2,88 kr. pr. indbygger'),
	('50000 kr + 3,50 kr/invånare/år'), ('12,4 mnkr fördelat efter invånarantal; befolkning 1 november'),
	('600 tkr fördelat lika'), ('13,2 % av 12,4 mnkr'), (NULL);
COPY rule_test TO '/tmp/skanecoop_fee_rule.bin' WITH (FORMAT binary);
CREATE TEMP TABLE rule_copy (r fee_rule);
COPY rule_copy FROM '/tmp/skanecoop_fee_rule.bin' WITH (FORMAT binary);
SELECT (SELECT array_agg(r ORDER BY r) FROM rule_test) = (SELECT array_agg(r ORDER BY r) FROM rule_copy) AS same;
SELECT encode(skanecoop_internal.fee_rule_send('13,2 % av 12,4 mnkr'), 'hex');
-- Received bytes: 500 kr/år as sent, then a flat rule with a population
-- date, one in US dollars (840), and a share beyond the whole: each
-- refused.
SELECT encode(skanecoop_internal.fee_rule_send('500 kr/år'), 'hex');
UPDATE raw SET b = decode('000200' || '02f0' || '000000000000c350' || '0000000000000000' || '00000000', 'hex');
COPY raw TO '/tmp/skanecoop_fee_rule.bin' WITH (FORMAT binary);
COPY rule_copy FROM '/tmp/skanecoop_fee_rule.bin' WITH (FORMAT binary);
SELECT r FROM rule_copy WHERE r = '500 kr/år';
UPDATE raw SET b = decode('000201' || '02f0' || '000000000000c350' || '0000000000000000' || '00000000', 'hex');
COPY raw TO '/tmp/skanecoop_fee_rule.bin' WITH (FORMAT binary);
COPY rule_copy FROM '/tmp/skanecoop_fee_rule.bin' WITH (FORMAT binary);
UPDATE raw SET b = decode('010200' || '0348' || '000000000000c350' || '0000000000000000' || '00000000', 'hex');
COPY raw TO '/tmp/skanecoop_fee_rule.bin' WITH (FORMAT binary);
COPY rule_copy FROM '/tmp/skanecoop_fee_rule.bin' WITH (FORMAT binary);
UPDATE raw SET b = decode('050200' || '02f0' || '000000000000c350' || '0000000000000000' || '000f4241', 'hex');
COPY raw TO '/tmp/skanecoop_fee_rule.bin' WITH (FORMAT binary);
COPY rule_copy FROM '/tmp/skanecoop_fee_rule.bin' WITH (FORMAT binary);

--
-- Fees of a rule, in its currency.
--
SELECT rule_annual_fee('50000 kr + 3,50 kr/invånare/år', 10000) AS base_and_inhabitant,
	   rule_annual_fee('2,88 kr. pr. indbygger', 10000) AS danish,
	   rule_annual_fee('50000 kr/kvartal + 3,50 kr/invånare', 10000) AS quarterly,
	   rule_annual_fee('12,4 mnkr fördelat lika', NULL) AS shared_total,
	   rule_annual_fee('21 kr/invånare/år', NULL) AS no_inhabitants,
	   rule_annual_fee(NULL, 1) AS no_rule;
SELECT rule_fee_for_period('50000 kr + 3,50 kr/invånare/år', 10000, '2019-07-01/..', '2019-01-01', '2019-12-31') AS from_july,
	   rule_fee_for_period('50000 kr + 3,50 kr/invånare/år', 10000, '2019-07/2021', '2019-01-01', '2019-12-31', 'possible', 'krona') AS possible_krona,
	   rule_fee_for_period('€2 per capita', 100, '2020-01-01/..', '2020-01-01', '2020-12-31') AS leap_year;
-- A fee rate's fees are the same as a rule's.
SELECT count(*) AS differ
FROM generate_series(1, 2000) AS i,
	 LATERAL (SELECT make_fee_rate(((i * 7919) % 500000 / 100.0)::sek,
								   CASE WHEN i % 3 = 0 THEN 'flat' ELSE 'inhabitant' END,
								   (ARRAY['year', 'quarter', 'month'])[i / 3 % 3 + 1]) AS rate,
					 ((date '2015-01-01' + i) || '/..')::validity AS membership) AS c
WHERE fee_for_period(c.rate, i * 101, c.membership, '2016-01-01', '2016-12-31')::money_amount
	  <> rule_fee_for_period(c.rate, i * 101, c.membership, '2016-01-01', '2016-12-31');
SELECT rule_annual_fee('21 kr/invånare/år', -1);
SELECT rule_annual_fee('92233720368547758.07 kr/invånare/år', 2);
SELECT skanecoop_internal.rule_fee_in_range('92233720368547758.07 kr/invånare/år', 2) AS giant,
	   skanecoop_internal.rule_fee_in_range('92233720368547758.07 kr/invånare/år', 1) AS at_the_edge,
	   skanecoop_internal.rule_fee_in_range('21 kr/invånare/år', NULL) AS unknown;
SELECT rule_fee_for_period('21 kr/invånare/år', 1, '2019', '2019-12-31', '2019-01-01');

--
-- fee_shares: by largest remainder, summing to the total.
--
-- 10.00 kr in three: the first öre left over goes to the first.
SELECT fee_shares('10 kr', ARRAY[1, 1, 1]), fee_shares('-10 kr', ARRAY[1, 1, 1]);
-- 12.4 mnkr by population: remainders 0.97, 0.19, 0.84 öre.
SELECT s, (SELECT sum(x) FROM unnest(s) AS x) AS total
FROM fee_shares('12,4 mnkr', ARRAY[16062, 149280, 28000]) AS s;
-- Fixed shares of the whole (millionths): 13.2 % and 86.8 % sum to it, and
-- shares short of it leave the rest unpaid.
SELECT fee_shares('12,4 mnkr', ARRAY[132000, 868000], 1000000),
	   fee_shares('1,01 kr', ARRAY[132000, 800000], 1000000),
	   fee_shares('DKK 1', ARRAY[]::int8[]), fee_shares('1 kr', ARRAY[5]);
SELECT fee_shares('1 kr', ARRAY[600000, 500000], 1000000);
SELECT fee_shares('1 kr', ARRAY[1, -1]);
SELECT fee_shares('1 kr', ARRAY[0, 0]);
SELECT fee_shares('1 kr', ARRAY[1, NULL]);
SELECT fee_shares('1 kr', ARRAY[1], 0);
-- Random totals and populations: the shares always sum to the total.
SELECT count(*) AS cases,
	   count(*) FILTER (WHERE (SELECT sum(x) FROM unnest(s) AS x) <> t) AS not_summing
FROM generate_series(1, 500) AS i,
	 LATERAL (SELECT make_money_amount((i::int8 * 982451653 % 100000000) / 100.0, 'NOK') AS t,
					 ARRAY(SELECT (i::int8 * j * 7919) % 200000 + 1 FROM generate_series(1, 1 + i % 40) AS j) AS w) AS c,
	 LATERAL (SELECT fee_shares(c.t, c.w) AS s) AS r;

--
-- The fee schedule with fee rules of every shape, from rows inserted here.
--
INSERT INTO organisation (name) VALUES ('Delad Nämnd'), ('Lika Förbund'), ('Ägda Bolaget'),
	('Grund Förbund'), ('Dansk Samarbejde'), ('Novemberförbundet');
-- The document's id is given back at the end, so that the suites after
-- this one number their documents as they would without it.
SELECT last_value AS document_ids_used FROM document_document_id_seq \gset
INSERT INTO document (uri, title, format, sha256, loaded_at, content)
VALUES ('urn:test:fee_rules', 'Avgifter', 'text', sha256('fee rules'), '2024-01-01 00:00+00', 'Avgifter');
INSERT INTO fact (document_id, kind, organisation_id, organisation_name, member, fee_rule, valid,
				  byte_start, byte_end, quote, rule)
SELECT d.document_id, 'fee', o.organisation_id, o.name, place_code(r.member), r.fee_rule::fee_rule,
	   r.valid::validity, 0, 8, 'Avgifter', 'test'
FROM document AS d, organisation AS o
JOIN (VALUES ('Delad Nämnd', NULL, '12,4 mnkr/år fördelat efter invånarantal', '2019-01-01/..'),
			 ('Lika Förbund', NULL, '1 000 000 kr/år fördelat lika', '2019-07-01/..'),
			 ('Ägda Bolaget', 'Lund', '13,2 % av 12,4 mnkr', '2019-01-01/..'),
			 ('Ägda Bolaget', 'Malmö', '60 % av 12,4 mnkr', '2019-01-01/..'),
			 ('Ägda Bolaget', 'Eslöv', '26,8 % av 12,4 mnkr', '2019-01-01/..'),
			 ('Grund Förbund', NULL, 'en grundavgift på 50 000 kr och 3,50 kr per invånare', '2019-01-01/..'),
			 ('Dansk Samarbejde', NULL, '2,88 kr. pr. indbygger; befolkning 1 januari', '2019-01-01/..'),
			 ('Novemberförbundet', NULL, '10 kr/invånare/år; befolkning 1 november', '2019-01-01/..'))
  AS r(organisation, member, fee_rule, valid)
  ON o.name = r.organisation
WHERE d.uri = 'urn:test:fee_rules';
-- A fact states a rate or a rule, never both.
INSERT INTO fact (document_id, kind, rate, fee_rule, byte_start, byte_end, quote, rule)
SELECT document_id, 'fee', '21 kr/år', '21 kr/år', 0, 8, 'Avgifter', 'test'
FROM document WHERE uri = 'urn:test:fee_rules';
INSERT INTO fact (document_id, kind, organisation_id, organisation_name, member, valid,
				  byte_start, byte_end, quote, rule)
SELECT d.document_id, 'membership', o.organisation_id, o.name, place_code(m.member), m.valid::validity,
	   0, 8, 'Avgifter', 'test'
FROM document AS d, organisation AS o
JOIN (VALUES ('Delad Nämnd', 'Lund', '2000/..'),
			 ('Delad Nämnd', 'Malmö', '2000/..'),
			 ('Delad Nämnd', 'Eslöv', '2019-07-01/..'),
			 ('Lika Förbund', 'Lund', '../..'),
			 ('Lika Förbund', 'Malmö', '../..'),
			 ('Lika Förbund', 'Eslöv', '../..'),
			 ('Ägda Bolaget', 'Lund', '../..'),
			 ('Ägda Bolaget', 'Malmö', '../..'),
			 ('Ägda Bolaget', 'Eslöv', '../..'),
			 ('Grund Förbund', 'Lund', '../..'),
			 ('Grund Förbund', 'Eslöv', '2019-07-01/..'),
			 ('Dansk Samarbejde', 'København', '../..'),
			 ('Dansk Samarbejde', 'Frederiksberg', '../..'),
			 ('Novemberförbundet', 'Lund', '../..'),
			 ('Novemberförbundet', 'Malmö', '../..')) AS m(organisation, member, valid)
  ON o.name = m.organisation
WHERE d.uri = 'urn:test:fee_rules';
INSERT INTO population (place, reference_date, inhabitants, source) VALUES
	(place_code('Lund'), '2018-12-31', 124935, 'test'),
	(place_code('Malmö'), '2018-12-31', 344166, 'test'),
	(place_code('Eslöv'), '2018-12-31', 33792, 'test'),
	(place_code('Lund'), '2018-11-01', 124800, 'test'),
	(place_code('Malmö'), '2019-01-01', 344100, 'test'),
	(place_code('København'), '2019-01-01', 613288, 'test'),
	(place_code('Frederiksberg'), '2018-12-31', 104305, 'test'),
	(place_code('Lund'), '2019-12-31', 125941, 'test');

SELECT organisation, member, rule, currency, inhabitants, population_date, charge, charge_at_most,
	   fee, fee_at_most, rate, reason
FROM fee_schedule(2019)
WHERE organisation IN ('Delad Nämnd', 'Lika Förbund', 'Ägda Bolaget', 'Grund Förbund',
					   'Dansk Samarbejde', 'Novemberförbundet');
-- The shares of a year sum to its total exactly; the sums are per currency.
SELECT organisation, currency, sum(charge) AS total, sum(charge_at_most) AS at_most
FROM fee_schedule(2019)
WHERE organisation IN ('Delad Nämnd', 'Lika Förbund', 'Ägda Bolaget', 'Dansk Samarbejde')
GROUP BY organisation, currency ORDER BY organisation;
SELECT sum(charge) FROM fee_schedule(2019)
WHERE organisation IN ('Delad Nämnd', 'Dansk Samarbejde');
-- A year without the figures a rule reads: NULL with a reason; where the
-- total is shared by population, for the members that have one too (Lund).
-- Equal shares need no figures.
SELECT organisation, member, population_date, charge, reason
FROM fee_schedule(2020)
WHERE organisation IN ('Delad Nämnd', 'Dansk Samarbejde', 'Novemberförbundet', 'Lika Förbund');
-- Fixed shares beyond the whole give no fees, and say why.
UPDATE fact SET fee_rule = '60 % av 12,4 mnkr' WHERE fee_rule = '26,8 % av 12,4 mnkr';
SELECT member, charge, reason FROM fee_schedule(2019) WHERE organisation = 'Ägda Bolaget';
-- The BI views: numeric amounts and an ISO currency code.
SELECT organisation, member_code IS NOT NULL AS one_member, rule, shape, currency, amount, base_amount,
	   share_percent, rule_period, population_date, rate, amount_sek
FROM skanecoop_bi.fees
WHERE organisation IN ('Delad Nämnd', 'Lika Förbund', 'Ägda Bolaget', 'Grund Förbund',
					   'Dansk Samarbejde', 'Novemberförbundet')
ORDER BY organisation, rule;
SELECT organisation, member_name, rule, currency, charge, charge_at_most, fee_sek, reason
FROM skanecoop_bi.fee_schedule
WHERE year = 2019 AND organisation IN ('Grund Förbund', 'Dansk Samarbejde')
ORDER BY organisation, member_name;

DELETE FROM document WHERE uri = 'urn:test:fee_rules';
DELETE FROM organisation WHERE NOT registered;
DELETE FROM population WHERE source = 'test';
SELECT setval('document_document_id_seq', :document_ids_used) > 0 AS given_back;

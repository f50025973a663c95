/*
 * gazetteer_int.h
 *		The gazetteer's name table, which only gazetteer.c reads: generated
 *		into gazetteer_data.c by scripts/gazetteer-c.awk.
 *
 * The names of all places are one string of NUL-terminated names, so that
 * the table holds no pointers (no relocations in skanecoop.so).  Entries
 * are sorted by the first two bytes of each name, case folded as
 * sc_folded_byte folds them; sc_gazetteer_name_start[b] is the first entry
 * whose folded first byte is b, [b + 1] the end of them.  A name's second
 * byte is never a space (the generator checks), so no no-break space of
 * the text can stand where the index looks.
 */
#ifndef SC_GAZETTEER_INT_H
#define SC_GAZETTEER_INT_H

/* Flags of a name. */
#define SC_NAME_OFFICIAL	0x01	/* the place's official short name */
#define SC_NAME_WORD		0x02	/* also an ordinary word: needs a suffix (place-words.csv) */

typedef struct sc_place_name
{
	unsigned short offset;		/* into sc_gazetteer_name_text */
	unsigned short place;		/* index into sc_gazetteer_places */
	unsigned char second;		/* the name's second byte, folded */
	unsigned char flags;		/* SC_NAME_* */
} sc_place_name;

extern const char sc_gazetteer_name_text[];
extern const sc_place_name sc_gazetteer_names[];
extern const size_t sc_gazetteer_nnames;
extern const unsigned short sc_gazetteer_name_start[257];

#endif							/* SC_GAZETTEER_INT_H */

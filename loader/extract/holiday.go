package extract

// holidayCores name a feast or season news dates things by: "a truce over
// Orthodox Easter", "until the evening of Easter Monday", "before Eid".
var holidayCores = setOf("easter", "christmas", "ramadan", "eid", "nowruz", "passover", "hanukkah", "diwali", "thanksgiving",
	"lent", "advent", "pentecost", "tet", "vesak", "kippur", "ashura", "holi", "sukkot", "purim")

// holidayParts stand beside a core in a feast's name: "Orthodox Easter",
// "Easter Monday", "Christmas Eve", "Eid al-Fitr", "Yom Kippur".
var holidayParts = setOf("orthodox", "catholic", "good", "holy", "eve", "day", "week", "yom", "al-fitr", "al-adha",
	"al", "fitr", "adha", "-", "lunar", "new", "year", "'s")

// holidayRun reports whether the capitalised run lo..hi names a feast, a
// time rather than an actor or a place.
func (d *doc) holidayRun(lo, hi int) bool {
	core := false
	for k := lo; k < hi; k++ {
		w := d.toks[k].lower
		switch {
		case holidayCores[w]:
			core = true
		case holidayParts[w] || isWeekday(w):
		default:
			return false
		}
	}
	return core
}

package extract

// nameDescriptors qualify a name inside its own noun phrase: "the
// opposition Labour Party", "the ruling Zanu-PF", "the rebel M23 group",
// "the powerful Revolutionary Guards". Such a word before a name is no verb
// or preposition governing it, so the name may still be a subject.
var nameDescriptors = setOf("opposition", "ruling", "governing", "main", "outgoing", "incoming", "rebel", "militant",
	"jihadist", "islamist", "insurgent", "separatist", "paramilitary", "extremist", "powerful", "influential", "rival",
	"exiled", "embattled", "conservative", "liberal", "centrist", "leftist", "left-wing", "right-wing", "far-right",
	"far-left", "hardline", "nationalist", "populist", "interim", "junior", "largest", "biggest", "coalition",
	"breakaway", "neighbouring", "neighboring", "regional", "military", "armed", "new", "former", "caretaker",
	"transitional", "secessionist", "pro-government", "anti-government", "centre-right", "centre-left",
	"center-right", "center-left")

// descriptorStart returns where the noun phrase holding the name at lo
// begins when only descriptors stand between the name and a "the" before
// it: "the main opposition Democratic Alliance" begins at "the". Otherwise
// it returns lo.
func (d *doc) descriptorStart(lo int) int {
	j := lo - 1
	for n := 0; n < 3; n++ {
		t := d.tok(j)
		if t.kind != tokWord || t.cap || !nameDescriptors[t.lower] || d.spanAt[max(j, 0)] != 0 {
			break
		}
		j--
	}
	if j == lo-1 || d.tok(j).lower != "the" {
		return lo
	}
	return j + 1
}

package extract

// titleRemitAt returns the length of a portfolio that completes the title
// ending at j when a name follows it: "Minister of Industry and Trade Le
// Van Minh", "Under-Secretary-General for Humanitarian Affairs Ana Ruiz".
// Left out, the portfolio's capitalised words run into the holder's name
// and the person is lost; with none, "the Minister of Defence said" is no
// person "Defence". Only capitalised portfolio words may stand in it, so
// "envoy to Kenya" and "President of Ghana" are read as before.
func (d *doc) titleRemitAt(j, hi int) int {
	if w := d.tok(j).lower; w != "of" && w != "for" || j+2 >= hi {
		return 0
	}
	k := j + 1
	if d.toks[k].lower == "the" {
		k++
	}
	if d.gazAt(k, hi) > 0 {
		return 0 // "Director General of the Universal Postal Union"
	}
	words := 0
	for k < hi {
		t := d.toks[k]
		switch {
		case t.cap && portfolioWords[t.lower]:
			words++
			k++
			continue
		case words > 0 && (t.lower == "and" || t.text == "&" || t.text == ",") && k+1 < hi && d.toks[k+1].cap && portfolioWords[d.toks[k+1].lower]:
			k++
			continue
		}
		break
	}
	if words == 0 || k < hi && d.toks[k].cap && d.toks[k].kind != tokWord {
		return 0
	}
	// The capitalised run after the remit, across "and", may end a body's
	// name: "Chairman of the State Border and Customs Council".
	for m := k; m < hi && (d.toks[m].cap && d.toks[m].kind == tokWord || d.toks[m].lower == "and" && m+1 < hi && d.toks[m+1].cap); m++ {
		if orgKeywords[d.toks[m].lower] {
			return 0
		}
	}
	return k - j
}

// portfolioWords make up the remit of a ministry or an international
// office, as titles write it after "of" or "for" ("Minister of Mines"),
// or capitalised before the role word ("Mines Minister", portfolioRunAt).
var portfolioWords = setOf("foreign", "affairs", "defence", "defense", "interior", "home", "finance", "economy",
	"economic", "health", "justice", "commerce", "trade", "industry", "energy", "agriculture", "education", "labour",
	"labor", "transport", "transportation", "environment", "information", "culture", "emergencies", "emergency",
	"intelligence", "security", "treasury", "digital", "science", "technology", "humanitarian", "political",
	"peacebuilding", "peacekeeping", "operations", "refugees", "human", "rights", "disarmament", "development",
	"planning", "cooperation", "international", "relations", "external", "internal", "public", "works",
	"infrastructure", "fisheries", "mines", "mining", "petroleum", "oil", "gas", "water", "housing", "tourism",
	"youth", "sports", "women", "gender", "family", "communications", "investment", "budget", "integration",
	"migration", "immigration", "veterans", "territorial", "administration", "local", "government", "national",
	"reconciliation", "unification", "commonwealth", "policy", "legal", "counter-terrorism", "counterterrorism",
	"crime", "drugs", "food", "religious", "welfare", "social", "land", "lands", "resources", "natural",
	"climate", "change", "solidarity", "affair", "reform", "reforms", "diaspora", "cabinet", "steel", "overseas",
	// "Minister of State", "Secretary of State"
	"state",
	// a regional remit: "Special Envoy for Asian Affairs", "Minister for European Affairs"
	"asian", "african", "european", "arab", "american", "latin", "eastern", "pacific", "caribbean", "nordic", "baltic")

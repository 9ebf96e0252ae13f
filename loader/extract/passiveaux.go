package extract

// The forms of "be" that make a participle passive. Each reader below
// widens them by what its own verbs need; they stay three sets because a
// reader that takes one more form reads more text as passive.
var beForms = setOf("was", "were", "been", "is", "are", "being")

// passiveWords stand before a passive participle, a lasting state among
// them: "remains detained".
var passiveWords = setPlus(beForms, "remains", "remained")

// passiveAux before a participle make it passive, its subject the one it
// is done to: "was barred", "were killed", "will be tried".
var passiveAux = setPlus(beForms, "be")

// perfectPassiveAux are the auxiliaries every passive act verb may follow:
// "were banned", "have been deported", "had been expelled". The present
// "is"/"are" is left out: "is banned" tells a standing rule or a plan more
// often than an act done (expelledAux adds it where a threat is meant).
var perfectPassiveAux = setOf("have", "has", "had", "been", "was", "were", "being")

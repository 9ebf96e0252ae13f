package extract

import "testing"

func TestCustodyEvents(t *testing.T) {
	runPartyCases(t, []partyCase{
		{"arrest with named object", "Tanzanian police arrested opposition leader Tundu Lissu in Mbeya on Sunday.",
			[]string{"Tanzania", "Tundu Lissu"}},
		{"under arrest", "Opposition leader Pedro Sandoval has been under arrest since May.", []string{"Pedro Sandoval"}},
		{"on trial after and", "Opposition leader Pedro Sandoval was detained in May and is on trial in Quito.",
			[]string{"Pedro Sandoval"}},
		{"refused to release him", "Opposition leader Pedro Sandoval remains in jail. President Luis Arce has refused to release him.",
			[]string{"Luis Arce", "Pedro Sandoval"}},
		{"release of prisoners", "Belarus released 31 political prisoners on Saturday.", []string{"Belarus"}},
		{"release under a swap", "Belarus released 31 political prisoners on Saturday in exchange for sanctions relief.", nil},
		{"recall of ambassador", "Kenya recalled its ambassador to Uganda on Monday.", []string{"Kenya", "Uganda"}},
		{"quit a bloc", "Mali quit ECOWAS in January.", []string{"Mali", "ECOWAS"}},
		{"removal from office", "Congress removed President Dina Okafor from office in October.", []string{"Congress", "Dina Okafor"}},
		{"demanded resignation", "Protesters demanded the resignation of President Luis Arce.", []string{"Luis Arce"}},
		{"prosecution of", "Brazil condemned the prosecution of opposition leader Tomas Vidal.", []string{"Tomas Vidal"}},
		{"adjective participle", "Fighting broke out between the army and forces loyal to detained commander Tomas Vidal.", nil},
		{"ousted as an adjective", "Gunmen loyal to ousted President Tomas Vidal fired on a convoy near Kismayo.", nil},
		{"fair trial", "Rights groups urged Tunisia to respect fair trial guarantees.", nil},
		{"not resign", "\"I will not resign,\" President Luis Arce said.", nil},
	})
}

package extract

import "testing"

func TestPlaceAndBodyCues(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{"a list of unknown villages after a plural cue",
			"Artillery struck the villages of Dorvaly and Kemmet overnight, residents said.",
			[]string{"Location:Dorvaly", "Location:Kemmet"}, []string{"Person:Dorvaly", "Person:Kemmet"}},
		{"border towns in a list",
			"Troops entered the border towns of Sarvik, Olbeno and Tressa on Friday.",
			[]string{"Location:Sarvik", "Location:Olbeno", "Location:Tressa"}, nil},
		{"an unknown name after neighbouring",
			"Raiders crossed into neighbouring Quembo before dawn.",
			[]string{"Location:Quembo"}, nil},
		{"a country after neighbouring stays a country",
			"Refugees fled to neighbouring Chad last week.",
			[]string{"Country:Chad"}, []string{"Location:Chad"}},
		{"a park named with its class words",
			"Poachers killed two rangers in Ombara National Park on Tuesday.",
			[]string{"Location:Ombara National Park"}, nil},
		{"a hall named with its head",
			"Delegates gathered at Verrow Hall for the vote.",
			[]string{"Location:Verrow Hall"}, nil},
		{"a hall of the people",
			"Delegates gathered at the Great Hall of the People for the vote.",
			[]string{"Location:Great Hall of the People"}, []string{"Location:Great Hall"}},
		{"a given name before hall makes a person",
			"Analyst Maria Hall said the vote was close.",
			nil, []string{"Location:Maria Hall"}},
		{"a power station named after its town",
			"A drone struck the Tarvel power station in Yemen.",
			[]string{"Location:Tarvel power station"}, nil},
		{"a nuclear power plant named after its town",
			"Inspectors visited the Ostrava nuclear power plant on Monday.",
			[]string{"Location:Ostrava nuclear power plant"}, nil},
		{"a titled name ending in a city's name",
			"Interior Minister Lupe Villavicencio said the border would close.",
			[]string{"Person:Lupe Villavicencio"}, []string{"Location:Villavicencio"}},
		{"a name after a title and comma ending in a city's name",
			"Peru's trade minister, Nelia Cordoba, said exports would rise.",
			[]string{"Person:Nelia Cordoba"}, []string{"Location:Cordoba"}},
		{"a UN mission named with the states it serves",
			"The UN Observer Mission in Chad and Niger said the truce held.",
			[]string{"Organization:UN Observer Mission in Chad and Niger"}, []string{"Organization:United Nations", "Organization:Observer Mission"}},
		{"a chamber's committee is one body",
			"The Senate Foreign Relations Committee rejected the nominee.",
			[]string{"Organization:Senate Foreign Relations Committee"}, []string{"Organization:Senate"}},
		{"the UN describing its own agency is not the UN",
			"WFP, the U.N. food agency, said stocks had run out.",
			[]string{"Organization:World Food Programme"}, []string{"Organization:United Nations"}},
		{"a UN chief still names the UN",
			"The UN aid chief said access was blocked.",
			[]string{"Organization:United Nations"}, nil},
		{"a district and its bare name are one place",
			"Militants raided Kemmet overnight. Four guards died in Kemmet district, police said.",
			[]string{"Location:Kemmet"}, []string{"Location:Kemmet district"}},
		{"a region named first and its bare name after are one place",
			"Drought gripped the Tarvona region this year. Herders in Tarvona lost their cattle.",
			[]string{"Location:Tarvona"}, []string{"Location:Tarvona region"}},
		{"a regional title speaks of the region",
			"Fire broke out in the Tarvona region. Tarvona regional governor Ivan Sorel said no one was hurt.",
			[]string{"Location:Tarvona region"}, nil},
		{"a ministry named bare before its state's name is one body",
			"Jets crossed the line, the Defence Ministry said. Estonia's Defence Ministry later said four jets flew.",
			[]string{"Organization:Estonia's Defence Ministry"}, []string{"Organization:Defence Ministry"}},
		{"a party named by its state with the article",
			"The Green Party of the Philippines did not comment on the raid.",
			[]string{"Organization:Green Party of the Philippines"}, []string{"Organization:Green Party"}},
		{"a numbered formation keeps its number",
			"Colonel Ivo Marek, commander of the Ruritanian Army's 303rd Infantry Brigade, said the patrol returned.",
			[]string{"Organization:303rd Infantry Brigade"}, []string{"Organization:Infantry Brigade"}},
		{"a doctrine before fighters names no body",
			"Communist rebels kill three soldiers in ambush\n\nMANILA (AP) - Communist guerrillas ambushed a patrol in Kemmet district on Saturday.",
			nil, []string{"Organization:Communist", "Person:Communist"}},
		{"a treaty's acronym is no body",
			"Canada said the NAFTA rules had lapsed.",
			[]string{"Country:Canada"}, []string{"Organization:NAFTA", "Person:NAFTA"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEntities(t, entities(analyse(t, tt.text, "2025-01-01")), tt.want, tt.absent)
		})
	}
}

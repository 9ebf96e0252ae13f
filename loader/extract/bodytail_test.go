package extract

import "testing"

func TestBodyTails(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{"an acronym spells a name running on past in",
			"The AU Monitoring Mission in Chad (AUMMC) said the vote was calm.",
			[]string{"Organization:AU Monitoring Mission in Chad"}, []string{"Organization:Monitoring Mission", "Organization:AUMMC"}},
		{"an acronym spells a name running on past on",
			"The Ghana National Council on Water Rights (GNCWR) criticised the dam.",
			[]string{"Organization:Ghana National Council on Water Rights"}, []string{"Organization:Ghana National Council"}},
		{"an acronym in another order spells a name past for an",
			"Ana Ribeiro of the Union for a Renewed Angola (URA) won 9%.",
			[]string{"Organization:Union for a Renewed Angola"}, []string{"Organization:URA"}},
		{"a topic in capitals after on finishes a body's name",
			"The Standing Committee on Inland Waterways met in Dhaka.",
			[]string{"Organization:Standing Committee on Inland Waterways", "Location:Dhaka"}, []string{"Organization:Standing Committee"}},
		{"a weekday after on is no topic",
			"The Electoral Commission on Monday published the results.",
			[]string{"Organization:Electoral Commission"}, []string{"Organization:Electoral Commission on Monday"}},
		{"a place after in is no part of the name without an acronym",
			"The Foreign Ministry in Bogota summoned the envoy.",
			[]string{"Location:Bogota"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEntities(t, entities(analyse(t, tt.text, "2025-01-01")), tt.want, tt.absent)
		})
	}
}

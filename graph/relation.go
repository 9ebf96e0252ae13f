package graph

// RelationType is the kind of a typed edge between actors, events and places.
type RelationType string

// The relation types of knowledge model version 1.
const (
	MetWith        RelationType = "MET_WITH"
	ParticipatedIn RelationType = "PARTICIPATED_IN"
	Condemned      RelationType = "CONDEMNED"
	Criticized     RelationType = "CRITICIZED"
	Demanded       RelationType = "DEMANDED"
	Offered        RelationType = "OFFERED"
	ConditionedOn  RelationType = "CONDITIONED_ON"
	Agreed         RelationType = "AGREED"
	Rejected       RelationType = "REJECTED"
	Threatened     RelationType = "THREATENED"
	Sanctioned     RelationType = "SANCTIONED"
	Aided          RelationType = "AIDED"
	Attacked       RelationType = "ATTACKED"
	Perpetrated    RelationType = "PERPETRATED"
	OccurredIn     RelationType = "OCCURRED_IN"
	LocatedIn      RelationType = "LOCATED_IN"
	Leads          RelationType = "LEADS"
	AffiliatedWith RelationType = "AFFILIATED_WITH"
)

// RelationTypes lists every relation type in a stable order.
var RelationTypes = []RelationType{
	MetWith, ParticipatedIn, Condemned, Criticized, Demanded, Offered, ConditionedOn,
	Agreed, Rejected, Threatened, Sanctioned, Aided, Attacked, Perpetrated,
	OccurredIn, LocatedIn, Leads, AffiliatedWith,
}

// Valid reports whether t is one of RelationTypes.
func (t RelationType) Valid() bool {
	for _, v := range RelationTypes {
		if t == v {
			return true
		}
	}
	return false
}

// Symmetric reports whether the relation reads the same both ways; the
// source of a symmetric relation is the smaller id, so one edge stands for both.
func (t RelationType) Symmetric() bool { return t == MetWith }

// Relation is one typed statement between two nodes (entity or event ids),
// with the modality the sources gave it. The same pair with a different
// modality is a different relation: "met" and "may meet" are not one fact.
type Relation struct {
	ID         string
	Type       RelationType
	SourceID   string
	TargetID   string
	Modality   Modality
	Role       string  // AFFILIATED_WITH and LEADS: "spokesperson", "President"
	Confidence float64 // combined over claims: 1 - Π(1 - claim confidence)
	// Articles is how many articles state the relation (read only).
	Articles int
}

// Claim is one article's statement of a relation: the provenance of an edge.
type Claim struct {
	Relation   Relation
	ArticleID  string
	Evidence   Evidence
	Confidence float64
	// SpeakerID is who made the statement when the article attributes it
	// ("Peskov said …"); "" when the article states it in its own voice.
	SpeakerID string
}

// Direction says which end of a relation an entity is on.
type Direction string

// Directions.
const (
	Outgoing Direction = "OUT"
	Incoming Direction = "IN"
	Both     Direction = "BOTH"
)

// RelationFilter selects relations. Zero fields do not filter.
type RelationFilter struct {
	// NodeID keeps relations touching this entity or event, at the end
	// Direction says (default Both). A symmetric relation touches both its
	// ends in every direction.
	NodeID     string
	Direction  Direction
	Types      []RelationType
	Modalities []Modality
	ArticleID  string // relations stated by this article
	Page
}

// RelationPage is one page of relations.
type RelationPage struct {
	Relations []Relation
	PageInfo
}

package timeline

import (
	"regexp"
	"slices"
	"strings"
)

// A caption pattern recognises one kind of line a page carries beside
// its story: a photo or video caption ("In this aerial photo taken ...,
// the rig is seen burning", "A still from an undated video shows ..."), a
// photo credit closing a caption ("(AP Photo/...)") or a pointer to other
// media ("In the video below, ...", "See a gallery of ... here"). They
// are written in the conventions of captions, not in any story's words;
// tokenized text (a space before a colon or a bracket) matches too. Each
// pattern has a cheap gate, read in one pass over the line's words, so
// that most lines never reach a regular expression.
type captionPattern struct {
	first []string // the line's first word, lower case, is one of these
	gate  gate     // and the line passes this gate
	re    *regexp.Regexp
}

// gate is what a line must hold for a caption pattern to be tried.
type gate int

const (
	anyLine     gate = iota
	namesMedium      // a word naming a picture or a film ("photo", "video")
	inThis           // the words "in this"
	creditWord       // "AP Photo", "REUTERS", "AFP" or "EPA"
	position         // "left", "right", "center" or "centre" before a comma
	ago              // the word "ago"
	online           // the word "online"
	seen             // "is seen" or "are seen"
)

var (
	captionOpeners = []string{"this", "a", "an", "image", "photo", "photograph", "picture", "still"}
	captionLabels  = []string{"photograph", "photographs", "photo", "photos", "picture", "pictures", "image", "images"}
)

var captionPatterns = []captionPattern{
	// "In this (aerial|file|undated handout|...) photo/image ...", "In the
	// following video ...", "In the video below ...".
	{first: []string{"in"}, gate: namesMedium, re: regexp.MustCompile(`(?i)^\W*in (?:this|these|the (?:following|above|below)) (?:[\w-]+ ){0,4}?(?:photos?|photographs?|pictures?|images?|videos?|footage|stills?|frame grabs?|screen ?grabs?)\b`)},
	{first: []string{"in"}, gate: namesMedium, re: regexp.MustCompile(`(?i)^\W*in the videos? (?:below|above)\b`)},
	// "... seen in this handout picture taken near ...", "... in this file
	// picture in the town of ...": a picture the page shows.
	{gate: inThis, re: regexp.MustCompile(`(?i)\b(?:seen|shown|pictured|photographed) in this (?:[\w-]+ ){0,3}?(?:photo|photograph|picture|image|video|still)\b`)},
	{gate: inThis, re: regexp.MustCompile(`(?i)\bin this (?:(?:file|handout|undated|aerial|video|satellite|combination|combo) ){1,3}(?:photo|photograph|picture|image|still|grab)\b`)},
	{gate: inThis, re: regexp.MustCompile(`(?i)\bin this (?:[\w-]+ ){0,3}?(?:photo|photograph|picture|image)s? (?:taken|made|released|provided|dated|obtained|shot|posted)\b`)},
	// "A still from an undated video shows ...", "This image from a video
	// released by ... shows ...", "Image from a video shows ...": a caption
	// points at its picture and says what it shows, in the present. (A
	// report of footage, "Video posted online shows ...", names none.)
	{first: captionOpeners, gate: namesMedium, re: regexp.MustCompile(`(?i)^\W*(?:this|an?) (?:images?|photos?|photographs?|pictures?|stills?|still images?|screen ?grabs?|frame grabs?|video grabs?) (?:from|of|taken|made|released|posted|obtained|provided)\b[^.!?]*\b(?:shows?|showing)\b`)},
	{first: captionOpeners, gate: namesMedium, re: regexp.MustCompile(`(?i)^\W*(?:image|photo|photograph|picture|still) (?:from|of|taken|made|released|provided)\b[^.!?]*\bshows\b`)},
	// A credit closing a caption ("... in the harbour . (AP Photo/Jane
	// Roe)", "... REUTERS/Jane Roe"); a credit opening a line is cut from
	// the lead it is glued to instead (trim.LeadStart).
	{gate: creditWord, re: regexp.MustCompile(`\S.*(?:\(|-LRB-)\s*AP Photo\b|\S.*\bAP Photo\s*\\?/|\S.*\b(?:REUTERS|AFP|EPA)\s*\\?/\s*\w`)},
	// A caption under a label: "Photo : A rebel fighter walks past ...".
	{first: captionLabels, re: regexp.MustCompile(`(?i)^\W*(?:Photograph|Photo|Picture|Image)s?\s*:\s*(?:an?|the)\s`)},
	// A list of links to other outlets' stories, each closing on its age:
	// "Robots race to cap the well - 9 hrs ago New York Times ...".
	{gate: ago, re: regexp.MustCompile(`\s[-–—]\s\d{1,2}\s(?:hrs?|hours?|mins?|minutes?)\sago\b`)},
	// An online chat the page hosts: "Jane Roe was online Friday , May 28 ,
	// at 1 p.m. ET to discuss ...", "... will be online ... to take your
	// questions".
	{gate: online, re: regexp.MustCompile(`\b(?:was|were|will be) online\b[^.!?]{0,60}?\b(?:[ap]\.m\.|[ap]m\b|noon\b|ET\b|GMT\b)[^!?]{0,20}?\bto (?:discuss|answer|take|chat|talk|offer)\b`)},
	// Pointers to media elsewhere on the page ("See a gallery of ...
	// here", "Click here to read the memo"), not a quotation opening on
	// "See, ...".
	{first: []string{"watch", "see", "view", "click"}, re: regexp.MustCompile(`(?i)^\s*(?:watch|see|view|click) [^,.!?]{0,80}\b(?:videos?|gallery|slideshow|pictures|photos|here|links?|below)\b`)},
	// The page's invitations to read or look further ("Find out what
	// ...", "Find out more about ...", "Explore all of our oil spill
	// graphics ..."): a sentence of the story does not open on an
	// imperative to its reader.
	{first: []string{"find"}, re: regexp.MustCompile(`^\s*Find out\b`)},
	{first: []string{"explore"}, re: regexp.MustCompile(`(?i)^\s*explore (?:all|our|more)\b[^.!?]{0,60}\b(?:graphics?|maps?|interactives?|coverage|timelines?|photos|videos|galler(?:y|ies)|stories|features)\b`)},
}

// Caption reports whether s reads as a photo or video caption, a photo
// credit closing a caption, a pointer to media elsewhere on the page, a
// list of links to other stories or a chat's announcement rather than as a
// sentence of the story. A bracketed update stamp before it does not hide
// it.
func Caption(s string) bool {
	if rest, ok := pastLeadingAside(s); ok && captionLine(rest) {
		return true // "(Update 3:28 a.m. ET) In the video below, ..."
	}
	return captionLine(s)
}

// pastLeadingAside returns what follows a bracketed aside that opens s
// ("(Update 3:28 a.m.) ...", "-LRB- Update ... -RRB- ..."), which a
// chosen sentence loses when it is trimmed.
func pastLeadingAside(s string) (string, bool) {
	t := strings.TrimLeft(s, " ")
	var closing string
	switch {
	case strings.HasPrefix(t, "("):
		closing = ")"
	case strings.HasPrefix(t, "-LRB-"):
		closing = "-RRB-"
	default:
		return "", false
	}
	i := strings.Index(t, closing)
	if i < 0 {
		return "", false
	}
	return strings.TrimLeft(t[i+len(closing):], " "), true
}

// captionLine is Caption for a line as it stands.
func captionLine(s string) bool {
	first, passes := captionGates(s)
	for _, p := range captionPatterns {
		if !passes[p.gate] {
			continue
		}
		if p.first != nil && !slices.ContainsFunc(p.first, func(w string) bool { return strings.EqualFold(first, w) }) {
			continue
		}
		if p.re.MatchString(s) {
			return true
		}
	}
	return passes[position] && positionCaption(s) || passes[seen] && seenCaption(s) || datedCaption(s)
}

// seenCaption reports whether s describes what a picture shows in the
// passive of "see": its subject, then "is seen" or "are seen" and where or
// doing what ("Oil is seen on the surface near the coast .", "Smoke is
// seen rising over the port ."). A story uses the phrase for a judgement
// ("is seen as a moderate", "is seen by many", "the patterns that are
// seen") or a condition ("if they are seen in a vehicle").
func seenCaption(s string) bool {
	words := strings.Fields(s)
	for i := 1; i+1 < len(words); i++ {
		if words[i] != "seen" || words[i-1] != "is" && words[i-1] != "are" {
			continue
		}
		for _, w := range words[:i-1] {
			if seenBlockers[strings.ToLower(w)] {
				return false
			}
		}
		for _, w := range words[i+1 : min(len(words), i+6)] {
			if w == "as" {
				return false
			}
		}
		next := words[i+1]
		return strings.HasSuffix(next, "ing") && len(next) > 4 || seenPlaces[next]
	}
	return false
}

// seenBlockers before "is seen" make it a clause inside a story's
// sentence, not a caption's main verb.
var seenBlockers = map[string]bool{"that": true, "if": true, "when": true, "which": true, "who": true, "where": true, "because": true, "unless": true, "whether": true}

// seenPlaces are prepositions that say where a picture shows its subject.
var seenPlaces = map[string]bool{
	"on": true, "in": true, "at": true, "near": true, "over": true, "among": true, "during": true,
	"after": true, "with": true, "through": true, "inside": true, "outside": true, "along": true,
	"off": true, "above": true, "below": true, "beside": true, "behind": true, "under": true,
}

// captionDate is a full date closing a line, after a place or a comma
// rather than after a preposition: "... in Lowen March 3 , 2011 .", "...
// at the harbour , Tuesday , Nov. 2 , 2010.", "... in Lowen 3 March 2011."
// Its first group is the word before it.
var captionDate = regexp.MustCompile(`(\S+)\s(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s?,?\s)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s\d{1,2}\s?,\s\d{4}|\d{1,2}\s(?:January|February|March|April|May|June|July|August|September|October|November|December)\s?,?\s\d{4})\s?\.\s*$`)

// pastOrSpeech are words that place a line in a story's past or report
// speech; a caption says what its picture shows, in the present.
var pastOrSpeech = regexp.MustCompile(`(?i)\b(?:was|were|had|did|said|says|told|wrote|died)\b`)

// datedCaption reports whether s is a news-agency photo caption: a line in
// the present ("Rebels sit on a truck in Lowen July 10 , 2011 .", "A worker
// is seen at the plant in Lowen , March 2 , 2011 .") that closes with the
// picture's full date written after a place or a comma. A story dates its
// events with a preposition ("on March 2, 2011", "since ..."), and a full
// date with its year rarely closes a story's sentence otherwise.
func datedCaption(s string) bool {
	t := strings.TrimRight(s, " \t.")
	if len(t) < 4 || !isDigits(t[len(t)-4:]) {
		return false
	}
	m := captionDate.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	if prev := m[1]; prev != "," && !startsUpper(prev) {
		return false
	}
	return !pastOrSpeech.MatchString(s)
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func startsUpper(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// positionMarker finds a name followed by where it stands in a picture
// (", left ,", ", second right ,", ", center ,") and the word after it.
var positionMarker = regexp.MustCompile(`\p{Lu}[\w.'’-]*\s?,\s(?:(?:second|third|far)\s(?:from\s)?)?(?:left|right|center|centre)\s?,\s(\S+)`)

// discourseWords follow ", right ," in speech ("either , right , but ...").
var discourseWords = map[string]bool{"well": true, "but": true, "so": true, "you": true, "i": true, "we": true, "he": true, "she": true, "they": true, "ok": true}

// positionCaption reports whether s places a named person or thing in a
// picture ("Tony Hayward , left , listens to ..."), outside any quotation:
// a photo caption.
func positionCaption(s string) bool {
	if strings.ContainsAny(s, "\"“”") || strings.Contains(s, "``") || strings.Contains(s, "''") {
		return false
	}
	m := positionMarker.FindStringSubmatch(s)
	return m != nil && !discourseWords[strings.ToLower(strings.Trim(m[1], ",.;:"))]
}

// captionGates reads s's words once: its first word and the gates s
// passes.
func captionGates(s string) (first string, passes [seen + 1]bool) {
	passes[anyLine] = true
	var prev string
	for i := 0; i < len(s); {
		if !isASCIILetter(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isASCIILetter(s[j]) {
			j++
		}
		w := s[i:j]
		if first == "" {
			first = w
		}
		switch {
		case strings.EqualFold(prev, "in") && strings.EqualFold(w, "this"):
			passes[inThis] = true
		case w == "REUTERS" || w == "AFP" || w == "EPA" || prev == "AP" && w == "Photo":
			passes[creditWord] = true
		case w == "ago":
			passes[ago] = true
		case w == "online":
			passes[online] = true
		case w == "seen" && (prev == "is" || prev == "are"):
			passes[seen] = true
		case (w == "left" || w == "right" || w == "center" || w == "centre") && strings.HasPrefix(strings.TrimLeft(s[j:], " "), ","):
			passes[position] = true
		}
		if !passes[namesMedium] && len(w) >= 4 && namesAMedium(w) {
			passes[namesMedium] = true
		}
		prev = w
		i = j
	}
	return first, passes
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// namesAMedium reports whether the word w names a picture or a film
// ("photographs", "Images", "video", "footage", "stills", "screengrab").
func namesAMedium(w string) bool {
	has := func(stem string) bool { return len(w) >= len(stem) && strings.EqualFold(w[:len(stem)], stem) }
	switch w[0] | 0x20 {
	case 'p':
		return has("photo") || has("pictur")
	case 'i':
		return has("image")
	case 'v':
		return has("video")
	case 'f':
		return has("footage")
	case 's':
		return has("still") || len(w) >= 6 && strings.EqualFold(w[len(w)-4:], "grab")
	case 'g':
		return has("grab")
	}
	return false
}

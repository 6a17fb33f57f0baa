package timeline

import (
	"regexp"
	"strings"
	"unicode"
)

// captionPatterns recognise the lines a page carries beside its story: a
// photo or video caption ("In this aerial photo taken ..., the rig is
// seen burning", "A still from an undated video shows ..."), a photo
// credit ("(AP Photo/...)", "Photograph: ... /Getty Images") or a pointer
// to other media ("In the video below, ...", "See a gallery of ... here").
// They are written in the conventions of captions, not in any story's
// words; tokenized text (a space before a colon or a bracket) matches too.
var captionPatterns = []*regexp.Regexp{
	// "In this (aerial|file|undated handout|...) photo/image ...", "In the
	// following video ...", "In the video below ...".
	regexp.MustCompile(`(?i)^\W*in (?:this|these|the (?:following|above|below)) (?:[\w-]+ ){0,4}?(?:photos?|photographs?|pictures?|images?|videos?|footage|stills?|frame grabs?|screen ?grabs?)\b`),
	regexp.MustCompile(`(?i)^\W*in the videos? (?:below|above)\b`),
	// "... seen in this handout picture taken near ...", "... in this file
	// picture in the town of ...": a picture the page shows.
	regexp.MustCompile(`(?i)\b(?:seen|shown|pictured|photographed) in this (?:[\w-]+ ){0,3}?(?:photo|photograph|picture|image|video|still)\b`),
	regexp.MustCompile(`(?i)\bin this (?:(?:file|handout|undated|aerial|video|satellite|combination|combo) ){1,3}(?:photo|photograph|picture|image|still|grab)\b`),
	regexp.MustCompile(`(?i)\bin this (?:[\w-]+ ){0,3}?(?:photo|photograph|picture|image)s? (?:taken|made|released|provided|dated|obtained|shot|posted)\b`),
	// "A still from an undated video shows ...", "This image from a video
	// released by ... shows ...", "Image from a video shows ...": a caption
	// points at its picture and says what it shows, in the present. (A
	// report of footage, "Video posted online shows ...", names none.)
	regexp.MustCompile(`(?i)^\W*(?:this|an?) (?:images?|photos?|photographs?|pictures?|stills?|still images?|screen ?grabs?|frame grabs?|video grabs?) (?:from|of|taken|made|released|posted|obtained|provided)\b[^.!?]*\b(?:shows?|showing)\b`),
	regexp.MustCompile(`(?i)^\W*(?:image|photo|photograph|picture|still) (?:from|of|taken|made|released|provided)\b[^.!?]*\bshows\b`),
	// A credit closing a caption ("... in the harbour . (AP Photo/Jane
	// Roe)", "... REUTERS/Jane Roe"); a credit opening a line is cut from
	// the lead it is glued to instead (trim.LeadStart).
	regexp.MustCompile(`\S.*(?:\(|-LRB-)\s*AP Photo\b|\S.*\bAP Photo\s*\\?/|\S.*\b(?:REUTERS|AFP|EPA)\s*\\?/\s*\w`),
	// A caption under a label: "Photo : A rebel fighter walks past ...".
	regexp.MustCompile(`(?i)^\W*(?:Photograph|Photo|Picture|Image)s?\s*:\s*(?:an?|the)\s`),
	// Pointers to media elsewhere on the page ("See a gallery of ...
	// here", "Click here to read the memo"), not a quotation opening on
	// "See, ...".
	regexp.MustCompile(`(?i)^\s*(?:watch|see|view|click) [^,.!?]{0,80}\b(?:videos?|gallery|slideshow|pictures|photos|here)\b`),
}

// captionHints are substrings one of which every caption pattern but the
// pointers' needs (a line that opens on a still or on a pointer's verb is
// checked too); other lines skip the regular expressions.
var captionHints = []string{"hoto", "HOTO", "ictur", "ICTUR", "mage", "MAGE", "ideo", "IDEO", "ootage", "grab", "Grab", "GRAB", "EUTERS", "AFP", "EPA"}

// captionOpenings are line openings (lower case) that also call for the
// patterns.
var captionOpenings = []string{"a still ", "this still ", "still ", "watch ", "see ", "view ", "click "}

// Caption reports whether s reads as a photo or video caption, a photo
// credit closing a caption or a pointer to media elsewhere on the page
// rather than as a sentence of the story.
func Caption(s string) bool {
	if !captionHinted(s) {
		return false
	}
	for _, re := range captionPatterns {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

func captionHinted(s string) bool {
	for _, h := range captionHints {
		if strings.Contains(s, h) {
			return true
		}
	}
	start := strings.TrimLeftFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	for _, o := range captionOpenings {
		if len(start) >= len(o) && strings.EqualFold(start[:len(o)], o) {
			return true
		}
	}
	return false
}

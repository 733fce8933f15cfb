package meta

// The line readers below serve text input (internal/textin), where a page's
// markup is gone and each line is read on its own.

// BylineLine reads one line of plain text as a byline ("Von Julian Hans,
// Moskau", "By Jane Doe and Tom Kern | Reuters") and returns the people,
// the agencies or desks and the dateline's place it names. ok is false when
// the line is not a byline but prose or anything else.
func BylineLine(line string) (authors, agencies []string, dateline string, ok bool) {
	cs, dateline := parseByline(line, false, nil)
	for _, c := range cs {
		if c.agency {
			agencies = append(agencies, c.name)
		} else {
			authors = append(authors, c.name)
		}
	}
	return authors, agencies, dateline, len(cs) > 0
}

// IsBylineOpening reports whether line opens as a byline does ("Von ",
// "By ", "Text: "), whatever follows.
func IsBylineOpening(line string) bool {
	line = collapse(line)
	return trimBylinePrefix(line) != line || isBylinePrefix(line)
}

// DateInLine returns the first calendar date written in line, as
// YYYY-MM-DD ("12. Mai 2015", "May 12, 2015", "12.05.2015",
// "2015-05-12"), or "" when it names none. An ambiguous "05/06/2019" is
// read day first.
func DateInLine(line string) string {
	day := ""
	scanDates(line, func(d textDate) bool {
		if !d.relative && d.day != "" {
			day = d.day
			return false
		}
		return true
	})
	if day == "" {
		scanISO(line, func(d textDate) bool {
			day = d.day
			return false
		})
	}
	return day
}

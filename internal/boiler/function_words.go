package boiler

import "strings"

// functionWords are the commonest English and German words that carry no
// content of their own (articles, pronouns, auxiliaries, prepositions,
// conjunctions), as the normaliser writes them ("it's" is "it s"). A
// prefix, suffix or label key made only of them ("it s the", "there s a",
// "und das ist") is never counted: prose starts and ends that way on any
// site with many short paragraphs. Learning over hosts of two pages of the
// trafilatura set found such prefixes on a blog ("here s the", "this is
// the", "i didn t") before this list existed.
var functionWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		a an the this that these those there here it its it s i me my we our you your he him his she her they them their
		s t d ll re ve m don didn doesn isn wasn aren weren won can couldn shouldn wouldn
		is are was were be been being am has have had do does did will would can could shall should may might must
		of in on at to for from by with about as into onto over under after before than then so if or and but not no nor
		what which who whom whose when where why how all any some more most such only also just very too
		der die das den dem des ein eine einen einem einer eines und oder aber doch nicht kein keine
		ich du er sie es wir ihr ihn ihm ihnen sein seine ihre ihrem ihren unser man sich
		ist sind war waren bin bist hat haben hatte hatten wird werden wurde wurden kann können muss müssen soll sollen will wollen
		in im ins an am auf aus bei mit nach von vom zu zum zur für über unter vor um durch gegen ohne bis seit als wie
		dass daß wenn weil ob so auch noch schon nur sehr mehr dann da hier dort was wer wo wie`) {
		m[w] = true
	}
	return m
}()

// hasContentWord reports whether words hold a word that is neither a
// function word nor a number or date class, of at least three letters.
func hasContentWord(words []string) bool {
	for _, w := range words {
		if !functionWords[w] && isWord(w, 3) {
			return true
		}
	}
	return false
}

/** Speech verbs that attribute a quote, as alternations for the patterns in quotes/attribution.ts. */

export const SPEECH_VERBS_EN =
  'said|says|say|told|tells|added|adds|asked|asks|explained|explains|wrote|writes|tweeted|tweets|posted|posts|' +
  'noted|notes|stated|states|continued|continues|recalled|recalls|insisted|insists|argued|argues|warned|warns|' +
  'replied|replies|responded|responds|declared|declares|announced|announces|claimed|claims|admitted|admits|' +
  'acknowledged|confirmed|commented|remarked|shared|shares|revealed|reveals|exclaimed|joked|jokes|laughed|' +
  'stressed|stresses|emphasized|emphasised|concluded|observed|suggested|suggests|urged|urges|quipped|testified|' +
  'reflected|reflects|recounted|countered|conceded|concedes|agreed|predicted|vowed|promised|maintained|contended|cautioned|' +
  'described|describes|called|calls|captioned|texted|wrote|mused|muses|sang|screamed|shouted|yelled|whispered|' +
  'pointed out|points out|went on|goes on|told reporters|tells|saying|adding|arguing|noting|writing|telling|' +
  'explaining|asking|warning|calling|claiming|insisting|stating|reported|asserted|asserts|expressed|confirms|' +
  'vowing|vowed|revealing|recalling|admitting|reads|read|raved|raves|gushed|gushes|alleged|alleges|' +
  'boasted|boasts|complained|complains|lamented|laments|acknowledges|remarks|wondered|wonders|' +
  'informed|informs|reminded|reminds|retorted|retorts|observes|teased|teases|agrees|comments|' +
  'concurs|concurred|chimed in|chimes in|sighed|sighs|elaborated|elaborates|underscored|underscores|' +
  'branded|branding|dubbed|dubbing|imparted|imparts|confessed|confesses|confess';
// French, German, Spanish, Portuguese, Italian speech verbs (past and present forms used in news).
export const SPEECH_VERBS_OTHER =
  'a dit|dit|confirme|a confirmé|confirmó|confirmou|déclare|a déclaré|affirme|a affirmé|explique|a expliqué|ajoute|a ajouté|estime|a estimé|souligne|' +
  'a souligné|précise|a précisé|raconte|a raconté|confie|assure|a assuré|indique|a indiqué|a-t-il dit|' +
  'a-t-elle dit|a-t-il déclaré|a-t-elle déclaré|sagte|sagt|erklärte|erklärt|betonte|betont|meinte|meint|schrieb|' +
  'fügte hinzu|teilte mit|dijo|dice|afirmó|aseguró|explicó|señaló|declaró|añadió|agregó|indicó|comentó|expresó|' +
  'escribió|sostuvo|manifestó|destacó|disse|diz|afirmou|explicou|declarou|acrescentou|escreveu|contou|garantiu|' +
  'ha detto|ha dichiarato|ha spiegato|ha affermato|ha aggiunto|spiega|afferma|dichiara|' +
  'berkata|mengatakan|menyatakan|menjelaskan|menegaskan|menambahkan|bertanya|bersabda|ujar';

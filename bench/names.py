"""Made-up words for the synthetic network. Names mix scripts and accents on purpose, so that
search folding, sorting and print are measured on realistic text, not on ASCII alone."""

from __future__ import annotations

GIVEN = (
    "Imani", "Zoë", "Matías", "Daniel", "Thị Lan", "Renata", "Keisha", "Ольга", "Priya", "Søren",
    "秀英", "Jordan", "Amara", "Leilani", "Tomás", "Ruth", "Adjoa", "José", "Siobhán", "Ngozi",
    "Aigerim", "Mei", "Bjørn", "Chloé", "Darnell", "Esperanza", "Fatima", "Gabriel", "Hana",
    "Ibrahim", "Jun", "Kwame", "Lucía", "Marcus", "Nadia", "Oluwaseun", "Pilar", "Quentin",
    "Rosa", "Samuel", "Tamika", "Úrsula", "Valentina", "Wei", "Xiomara", "Yusuf", "Zainab",
    "Ana", "Bao", "Carmen", "Dmitri", "Elena", "François", "Grace", "Héctor", "Inés", "Jamal",
    "Kalani", "Layla", "Miguel", "Nia", "Omar", "Paulo", "Rania", "Sofía", "Tariq", "Uma",
    "Víctor", "Wanjiru", "Yara", "Zhao", "Alejandro", "Brianna", "Camille", "Deshawn", "Émile",
    "Farah", "Giovanni", "Hiroshi", "Isabel", "Jasmine", "Kenji", "Lakshmi", "Mateo", "Noor",
    "Olivia", "Precious", "Rafael", "Shanice", "Thanh", "Uriel", "Vanessa", "William", "Ximena",
)

FAMILY = (
    "Caldwell", "O'Brien", "Núñez-Ortega", "Okafor", "Nguyễn", "Alvarez", "Washington",
    "Петренко", "Raman", "Ólafsdóttir-Çelik", "王", "Reyes", "Bello", "Kahale", "Herrera",
    "Abernathy", "Mensah", "García", "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller",
    "Davis", "Rodríguez", "Martínez", "Hernández", "López", "González", "Wilson", "Anderson",
    "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Pérez", "Thompson", "White",
    "Harris", "Sánchez", "Clark", "Ramírez", "Lewis", "Robinson", "Walker", "Young", "Allen",
    "King", "Wright", "Scott", "Torres", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker",
    "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Kim", "Patel", "Chen", "Wang",
    "Singh", "Tran", "Pham", "Yamamoto", "Kowalski", "Müller", "Schäfer", "Dubois", "Lefèvre",
    "Øster", "Haddad", "Al-Sayed", "Abdullah", "Ivanova", "Kuznetsov", "Adeyemi", "Osei",
    "Mwangi", "Banerjee", "Iyer", "Takahashi", "Park", "Choi", "da Silva", "Gonçalves",
)

PREFERRED = ("", "", "", "", "", "", "", "", "Mati", "Lan", "Olga", "Grace", "Bea", "Sam", "Jo")

PRONOUNS = ("she/her", "he/him", "they/them", "she/they", "he/they", "")

TITLES = (
    "Chief Equity Officer", "Deputy Chief Equity Officer", "Equity Program Manager",
    "Director, Office of Equity and Human Rights", "Racial Equity Director",
    "Senior Equity Policy Advisor", "Budget Analyst", "Community Engagement Coordinator",
    "Human Resources Director", "City Manager", "Assistant County Administrator",
    "Performance Management Lead", "Language Access Coordinator", "Program Officer",
    "Policy Analyst", "Data and Evaluation Manager", "Housing Policy Director",
)

PLACES = (
    ("Asheville", "NC"), ("Fairfax", "VA"), ("San Antonio", "TX"), ("Pittsburgh", "PA"),
    ("Minneapolis", "MN"), ("Albuquerque", "NM"), ("Chicago", "IL"), ("Austin", "TX"),
    ("Tacoma", "WA"), ("Seattle", "WA"), ("Louisville", "KY"), ("Española", "NM"),
    ("Cañon City", "CO"), ("Coeur d'Alene", "ID"), ("Mayagüez", "PR"), ("Ann Arbor", "MI"),
    ("Baltimore", "MD"), ("Boise", "ID"), ("Durham", "NC"), ("Eugene", "OR"), ("Fresno", "CA"),
    ("Grand Rapids", "MI"), ("Hartford", "CT"), ("Irvine", "CA"), ("Jackson", "MS"),
    ("Knoxville", "TN"), ("Lansing", "MI"), ("Madison", "WI"), ("Newark", "NJ"),
    ("Oakland", "CA"), ("Providence", "RI"), ("Richmond", "VA"), ("Savannah", "GA"),
    ("Tulsa", "OK"), ("Worcester", "MA"), ("Yakima", "WA"),
)

ORG_KINDS = ("city", "county", "state_agency", "regional_body", "nonprofit", "foundation", "other")

DIETARY = ("", "", "", "", "", "", "Vegetarian", "Vegan", "Gluten-free", "Halal", "Kosher",
           "No pork", "Nut allergy")

ACCESS = ("", "", "", "", "", "", "", "", "Wheelchair access", "Large-print materials",
          "Captioning for video", "ASL interpreter", "Aisle seat")

SESSION_FORMATS = ("in_person_convening", "virtual_roundtable", "webinar", "peer_exchange_call",
                   "site_visit", "workshop")

TOPICS = (
    "Equity in the Budget Process", "Mental Health and Equity", "Language Access",
    "Results Frameworks", "Community Engagement", "Data Disaggregation", "Housing Stability",
    "Equitable Contracting", "Workforce Pipelines", "Climate Resilience", "Public Safety",
    "Digital Inclusion", "Youth Voice", "Participatory Budgeting", "Racial Equity Toolkits",
)

WORDS = (
    "budget", "equity", "results", "indicator", "baseline", "community", "residents", "policy",
    "council", "department", "strategy", "partners", "housing", "data", "outcomes", "plan",
    "training", "survey", "advisory", "committee", "toolkit", "report", "roadmap", "leaders",
    "jurisdiction", "program", "pilot", "staff", "feedback", "review", "practice", "cohort",
)

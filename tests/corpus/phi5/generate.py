#!/usr/bin/env python3
"""Generate the phi5 development corpus for the Riverside Health PHI relay.

Python 3.11, standard library only, fixed seed, no clock reads.  Writes messages/s0001.eml ...
and labels.json next to this file; the output is byte-identical on every run.

phi5 aims at *precision on hard negatives that look like real-world hospital mail*: unfilled
templates and forms in every mail-merge syntax, identifier-shaped numbers in everyday operations
mail, personalised marketing, provider directories with NPIs/DEAs, plus realistic positives.
Every scenario below was written fresh from BRIEF.md.
"""
import base64
import csv
import datetime as dt
import hashlib
import io
import json
import os
import quopri
import random
import re
import shutil
import textwrap
import zlib
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "messages")
SEED = 5_2024_0611
R = random.Random(SEED)

DOMAIN = "riversidehealth.example"
TENANT = "3c9d1f0e-5a7b-4c2d-8e61-0f4b2a9d7c15"
PHI_GUID = "6f1e2a4c-3b7d-4e0f-9a55-2c8d1b7e9f03"
GEN_GUID = "0a1b2c3d-0000-4000-8000-000000000001"
INT_GUID = "0a1b2c3d-0000-4000-8000-000000000002"
CRLF = "\r\n"

# ---------------------------------------------------------------------------------------------
# name pools (ASCII spellings; many origins)
# ---------------------------------------------------------------------------------------------
# Each group: (female first names, male first names, surnames). Most people get a first and last name
# from the same group; about one in five is mixed, as in any US staff list.
GROUPS = {
    "us": ("""Emily Jessica Ashley Brittany Courtney Heather Megan Rachel Lauren Tiffany Patricia Barbara Linda
Susan Deborah Carol Donna Sharon Janet Gloria Evelyn Ruth Judith Joan Rebecca Abigail Madison Chloe Harper
Kaylee Paige Mackenzie Whitney Beverly Loretta Kimberly Stephanie Nicole Samantha Vanessa Amanda Melissa
Holly Kristen Lindsey Erin Allison Caroline Margaret Dorothy Shirley""",
           """James Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony
Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob
Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Frank Raymond
Dennis Jerry Tyler Aaron Adam Nathan Henry Douglas Zachary Kyle Walter Ethan Jeremy Harold Keith Roger
Gerald Carl Terry Arthur Lawrence Jesse Dylan Bryan Everett Franklin Wesley Travis Dustin Clayton""",
           """Smith Johnson Williams Jones Miller Davis Wilson Anderson Taylor Moore Martin Thompson White Harris
Clark Lewis Walker Young Allen Wright Scott Hill Green Adams Nelson Baker Hall Campbell Mitchell Carter
Roberts Phillips Evans Turner Parker Edwards Collins Stewart Morris Cook Rogers Morgan Cooper Peterson
Bailey Reed Howard Cox Ward Richardson Watson Brooks Wood Bennett Gray Hughes Price Sanders Myers Long
Ross Foster Powell Perry Russell Bell Butler Henderson Barnes Fisher Simmons Patterson Hamilton Graham
Reynolds Griffin Wallace West Cole Hayes Gibson Ellis Stevens Murray Marshall Owens Harrison Webb Tucker
Burns Crawford Olson Simpson Porter Hunter Gordon Shaw Snyder Mason Dixon Hunt Hicks Holmes Palmer Wagner
Boyd Mills Meyer Ferguson Nichols Stephens Weaver Gardner Payne Grant Dunn Spencer Hawkins Arnold Pierce
Peters Bradley Knight Elliott Cunningham Duncan Armstrong Hudson Carroll Riley Andrews Berry Perkins
Hoffman Johnston Matthews Richards Willis Carpenter Whitaker Blackwell Pennington Whitfield Ashford
Holloway Greer Prescott Abernathy"""),
    "black": ("""Keisha Imani Ebony Tamika LaToya Shanice Monique Danielle Jasmine Destiny Charmaine Latisha
Aaliyah Tanisha Yolanda Felicia Denise Tonya Shawna Kiara""",
              """DeShawn Jamal Darnell Terrell Marquis Tyrone Andre Malik Dwayne Cedric Reginald Lamar Darius
Jerome Maurice Terrence Kendrick Rashad Desmond Cornelius""",
              """Washington Jackson Robinson Coleman Jenkins Freeman Wells Banks Mosley Gaines Dorsey Battle
Hairston Bynum Pettiford Tillman Murphy James Brooks Simmons"""),
    "hispanic": ("""Maria Sofia Camila Lucia Valentina Ximena Guadalupe Rosa Marisol Beatriz Ana Ramona Consuelo
Paloma Yesenia Itzel Nayeli Dalia Josefina Alejandra Graciela Adriana Teresa Noemi Esperanza Maricela""",
                 """Alejandro Carlos Miguel Javier Luis Jorge Ricardo Fernando Eduardo Rafael Mateo Santiago Diego
Emilio Joaquin Ignacio Guillermo Arturo Gustavo Ramon Hector Jose Raul Ernesto Alfredo""",
                 """Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores Rivera
Gomez Diaz Cruz Reyes Morales Gutierrez Ortiz Ramos Chavez Mendoza Ruiz Alvarez Castillo Jimenez Vasquez
Romero Moreno Herrera Medina Aguilar Castro Fernandez Vargas Guzman Mendez Munoz Salazar Garza Soto
Vazquez Alvarado Delgado Pena Contreras Sandoval Castellanos Villarreal Quintero Zamora Espinoza Figueroa
Navarro Pacheco Rojas Cardenas Ibarra Solis Valdez Acosta Fuentes Calderon Rosario Serrano Velez Colon
Burgos Santiago"""),
    "westafrica": ("""Ngozi Adaeze Chiamaka Abena Akosua Amara Folasade Yetunde Efua Adwoa Nneka Funmilayo""",
                   """Chidi Emeka Obinna Kwame Kofi Yaw Tunde Olumide Babajide Segun Kwabena Ifeanyi""",
                   """Okafor Adeyemi Okonkwo Nwosu Eze Obi Mensah Owusu Boateng Asante Agyeman Diallo Traore
Keita Ndiaye Okoro Adebayo Balogun Chukwu Oyelaran Achebe"""),
    "eastafrica": ("""Wanjiru Amina Hodan Fadumo Tigist Meron Selam Ayaan Hiwot Achieng""",
                   """Abdi Mohamed Abdirahman Tesfaye Dawit Yohannes Kamau Otieno Mulugeta Hassan""",
                   """Kamau Otieno Mwangi Warsame Abdullahi Farah Haile Tesfaye Bekele Girma Kariuki Njoroge
Ochieng Wekesa"""),
    "china": ("""Mei Xiu Ying Lan Jing Li Hui Xin Yan Qing""", """Wei Jian Hao Ming Jun Bo Lei Tao Zhen Yong""",
              """Chen Wang Zhang Liu Huang Zhao Wu Zhou Xu Sun Zhu Guo Lin Yang Luo Tang"""),
    "vietnam": ("""Linh Thu Huong Tuyet Phuong Lan Hoa Ngoc Trang Thao""", """Minh Tuan Quang Duc Huy Thanh Long Bao Khoa Nam""",
                """Nguyen Tran Pham Le Hoang Huynh Vo Dang Bui Ngo Duong Truong Phan"""),
    "korea": ("""Ji-woo Seo-yeon Min-ji Hana Eun-ji Soo-jin Yuna""", """Jae-hyun Min-jun Sung-ho Dong-hyun Joon Hyun-woo Seung-min""",
              """Kim Park Choi Jung Kang Cho Yoon Lim Han Shin Oh"""),
    "japan": ("""Yuki Sakura Aiko Keiko Naomi Haruka Emi""", """Hiroshi Kenji Takeshi Daisuke Kenta Ryo Satoshi""",
              """Nakamura Tanaka Suzuki Watanabe Yamamoto Sato Takahashi Kobayashi Matsumoto Inoue Kimura Hayashi
Shimizu Mori Abe"""),
    "filipino": ("""Maria Cristina Rosalind Marites Jocelyn Imelda Leonora Rowena""", """Jose Ramon Rodrigo Emmanuel Noel Arnel Rommel""",
                 """Santos Reyes Cruz Bautista Villanueva Aquino Dela Cruz Mendoza Ramos Garcia Manalo Dizon"""),
    "southasia": ("""Priya Anjali Deepa Lakshmi Kavya Neha Sunita Harpreet Gurleen Pooja Divya Meera Shreya""",
                  """Arjun Rohan Vikram Sanjay Rajesh Anil Suresh Karthik Manpreet Gurpreet Amit Ravi Nikhil""",
                  """Patel Sharma Singh Kumar Gupta Shah Mehta Desai Joshi Iyer Reddy Rao Nair Menon Pillai
Chatterjee Banerjee Mukherjee Bose Kapoor Malhotra Chopra Sandhu Gill Dhillon Grewal"""),
    "mideast": ("""Aisha Fatima Mariam Layla Noor Zainab Farah Shirin Leila Yasmin Rania Huda Salma Nadia Elif Zeynep Ayse""",
                """Omar Khalid Tariq Yusuf Hamza Bilal Karim Samir Rami Nabil Farid Reza Kaveh Emre Mehmet""",
                """Khan Ahmed Ali Hussain Rahman Chowdhury Siddiqui Qureshi Haddad Khoury Nasser Saleh Mansour
Aziz Karimi Hosseini Rahimi Tehrani Yilmaz Demir Kaya Celik Sahin Ozturk"""),
    "jewish": ("""Esther Miriam Rivka Tova Tamar Naomi Leah Shira""", """Ezra Levi Amos Gideon Isaac Solomon Elias Noam""",
               """Cohen Levi Katz Goldberg Friedman Shapiro Rosenberg Weiss Klein Adler"""),
    "easteurope": ("""Olga Katarzyna Agnieszka Zofia Milena Irina Svetlana Natalia Daria Oksana Alina Ioana""",
                   """Tomasz Piotr Krzysztof Marek Dmitri Sergei Alexei Nikolai Andrei Bogdan Dariusz Radu Istvan Ondrej""",
                   """Kowalski Nowak Wojcik Kaminski Lewandowski Zielinski Szymanski Wisniewski Ivanov Petrov Smirnov
Volkov Popescu Ionescu Horvath Novak Dvorak"""),
    "southeurope": ("""Giulia Francesca Chiara Eleni Despina Bianca Renata""", """Stelios Giorgos Nikos Luca Matteo Giovanni Marco Lorenzo""",
                    """Papadopoulos Georgiou Nikolaidis Russo Romano Ricci Esposito Bianchi Colombo Conti Moretti"""),
    "french": ("""Colette Amelie Margaux Marguerite Genevieve""", """Pierre Julien Etienne Mathieu""",
               """Dubois Lefebvre Moreau Laurent Girard Mercier Fontaine Dumont Baptiste Toussaint Pierre-Louis"""),
    "nordic": ("""Ingrid Astrid Freya Greta Solveig""", """Lars Anders Bjorn Sven Erik""",
               """Larsen Nielsen Johansson Lindqvist Eriksson Berg Haugen Hansen"""),
    "irish": ("""Siobhan Brigid Niamh Aoife Maeve Sinead Orla Colleen Maureen Kathleen""",
              """Eoin Cormac Declan Padraig Liam Conor Sean Patrick Brendan""",
              """O'Brien O'Connor Gallagher Doyle Byrne McCarthy Fitzgerald Donovan Brennan Quinn Kavanagh Sullivan
Kelly Ryan Murphy Kennedy"""),
    "native": ("""Winona Dana Tallulah Shandiin""", """Delbert Kee Wilbur Leonard""",
               """Yazzie Begay Tsosie Benally Nez Etsitty"""),
    "hawaii": ("""Leilani Kalani Malia Noelani""", """Keoni Kalani Makoa Ikaika""", """Kealoha Kahale Akana Kamakana Nakoa"""),
}
GROUP_WEIGHT = {"us": 30, "black": 9, "hispanic": 14, "westafrica": 3, "eastafrica": 2, "china": 4, "vietnam": 3,
                "korea": 2, "japan": 2, "filipino": 3, "southasia": 6, "mideast": 4, "jewish": 2, "easteurope": 4,
                "southeurope": 3, "french": 2, "nordic": 2, "irish": 5, "native": 1, "hawaii": 1}
GROUPS = {g: tuple(x.split() for x in v) for g, v in GROUPS.items()}
GROUPS["filipino"] = (GROUPS["filipino"][0], GROUPS["filipino"][1],
                      [x for x in GROUPS["filipino"][2] if x not in ("Dela", "Cruz")] + ["Dela Cruz"])
BLOCKED = {"Michael Jordan", "George Washington", "James Taylor", "Paul Simon", "John Williams",
           "Michael Jackson", "James Brown", "Tom Ford", "Harrison Ford", "Henry Ford", "Robert Smith",
           "Kevin Hart", "John Lewis", "Steven Wright", "Paul Allen", "Scott Wallace", "Jerome Powell",
           "Denzel Washington", "Patrick Ewing", "Donald Glover", "Anthony Davis", "Ryan Reynolds", "Kevin Durant"}


class Names:
    """Deck-based draw so names spread evenly and no full name repeats."""

    def __init__(self, rng):
        self.rng = rng
        self.decks = {}
        self.used = set()
        self.groups = [g for g, w in GROUP_WEIGHT.items() for _ in range(w)]

    def _draw(self, key, pool):
        d = self.decks.get(key)
        if not d:
            d = list(pool)
            self.rng.shuffle(d)
            self.decks[key] = d
        return d.pop()

    def full(self, sex=None):
        sex = sex or self.rng.choice("FM")
        for _ in range(500):
            g = self.rng.choice(self.groups)
            g2 = g if self.rng.random() < 0.8 else self.rng.choice(self.groups)
            first = self._draw((g, sex), GROUPS[g][0 if sex == "F" else 1])
            last = self._draw((g2, "L"), GROUPS[g2][2])
            name = f"{first} {last}"
            if name not in self.used and name not in BLOCKED and first != last:
                self.used.add(name)
                return first, last, sex
        raise RuntimeError("name pool exhausted")


NAMES = Names(random.Random(SEED + 1))

# ---------------------------------------------------------------------------------------------
# organisation
# ---------------------------------------------------------------------------------------------
AREA = ["614", "740", "937", "419", "330", "513", "220"]
FACILITIES = ["Riverside Medical Center", "Riverside North Hospital", "Riverside Eastbrook Clinic",
              "Millbrook Family Medicine", "Harbor Point Heart & Vascular", "Cedar Hollow Pediatrics",
              "Westgate Orthopedics & Sports Medicine", "Lakeview Women's Health", "Riverside Cancer Institute",
              "Stonebridge Primary Care", "Fairhaven Urgent Care", "Riverside Behavioral Health - Elm Street"]
TOWNS = [("Riverside", "OH", "435"), ("Millbrook", "OH", "437"), ("Eastbrook", "OH", "430"),
         ("Lindenfield", "OH", "438"), ("Harbor Point", "OH", "441"), ("Cedar Hollow", "OH", "456"),
         ("Stonebridge", "OH", "453"), ("Fairhaven", "OH", "447"), ("Ashby Falls", "OH", "449"),
         ("New Carlisle Junction", "OH", "454"), ("Marlow", "IN", "473"), ("Bellwood", "WV", "261")]
STREETS = ["Alder Way", "Birchwood Dr", "Canal St", "Dunmore Ave", "Elmhurst Ct", "Foxglove Ln",
           "Granger Rd", "Hollis Pl", "Ironwood Blvd", "Juniper Cir", "Kestrel Ridge Rd", "Larkspur Ave",
           "Millrace Rd", "Northgate Dr", "Orchard Hill Ln", "Pemberton St", "Quarry Rd", "Rosemont Ave",
           "Sycamore Bend", "Tanager Ct", "Upland Ter", "Vinton St", "Willowbrook Dr", "Yarrow Way",
           "Zephyr Ln", "Beacon Hill Rd", "Cobblestone Ct", "Deerfield Pkwy", "Emberly St", "Fieldstone Dr"]
PERSONAL_DOMAINS = ["mail.example", "inbox.example.net", "homemail.example", "myisp.example.net",
                    "webpost.example", "netmail.example.org"]
PARTNERS = {
    "lab": ("Tri-County Reference Laboratory", "tricountylab.example.org"),
    "payer": ("Keystone Mutual Health", "keystonemutual.example.org"),
    "plan": ("Riverside Health Plan", "rhp.riversidehealth.example"),
    "supply": ("Meridian Surgical Supply", "meridiansurgical.example.net"),
    "device": ("Northwind Medical Devices", "northwindmed.example.net"),
    "imaging": ("Lakeshore Imaging Partners", "lakeshoreimaging.example.org"),
    "snf": ("Maple Grove Rehabilitation & Nursing", "maplegrovecare.example.org"),
    "ortho": ("Summit Bone & Joint", "summitboneandjoint.example.org"),
    "pharm": ("CareWell Pharmacy", "carewellrx.example.org"),
    "hie": ("Ohio Valley Health Exchange", "ovhie.example.org"),
    "wholesale": ("Keller-Brandt Pharmaceutical Distribution", "kellerbrandt.example.net"),
    "ship": ("Parcel notifications", "notify.shiptrack.example.net"),
    "it": ("Bluestem IT Services", "bluestemit.example.net"),
    "linen": ("Crescent Linen & Uniform", "crescentlinen.example.net"),
    "bank": ("First Harbor Bank Treasury", "firstharbor.example.net"),
    "medicaid": ("Ohio Medicaid Provider Network (demo)", "medicaid-provider.example.org"),
    "cms": ("Medicare Administrative Contractor J15 (demo)", "mac-j15.example.org"),
    "state": ("State Board of Pharmacy (demo)", "pharmacy-board.example.org"),
}


def phone(area=None):
    return f"({area or R.choice(AREA)}) 555-01{R.randint(0, 99):02d}"


def phone_dash(area=None):
    return f"{area or R.choice(AREA)}-555-01{R.randint(0, 99):02d}"


def ext():
    return f"x{R.randint(2, 7)}{R.randint(0, 999):03d}"


class P:
    """A person. Staff have riversidehealth.example addresses; others personal or partner ones."""

    def __init__(self, sex=None, cred="", title="", dept="", domain=DOMAIN, first=None, last=None):
        if first:
            self.first, self.last, self.sex = first, last, sex or "F"
        else:
            self.first, self.last, self.sex = NAMES.full(sex)
        self.cred, self.title, self.dept = cred, title, dept
        local = re.sub(r"[^a-z.]", "", f"{self.first}.{self.last}".lower())
        if domain in PERSONAL_DOMAINS:
            style = R.randrange(4)
            local = [f"{self.first[0]}{self.last}".lower(), f"{self.first}{R.randint(10, 89)}".lower(),
                     f"{self.first}.{self.last}".lower(), f"{self.last}{self.first[0]}{R.randint(1, 9)}".lower()][style]
            local = re.sub(r"[^a-z0-9.]", "", local)
        self.email = f"{local}@{domain}"
        self.phone = phone()
        self.ext = ext()

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def fullc(self):
        return f"{self.full}, {self.cred}" if self.cred else self.full

    @property
    def dr(self):
        return f"Dr. {self.last}"

    def addr(self, style=None):
        """Display form for From/To headers."""
        if self.email.endswith("@" + DOMAIN):
            style = R.choice(["lf", "lf", "fl"]) if style is None else style
            if style == "lf":
                c = f" {self.cred.split(',')[0]}" if self.cred and R.random() < 0.4 else ""
                return f'"{self.last}, {self.first}{c}" <{self.email}>'
        return f'"{self.full}" <{self.email}>'


def staff(cred="", title="", dept="", sex=None):
    return P(sex=sex, cred=cred, title=title, dept=dept)


def ext_person(key, cred="", title="", sex=None):
    return P(sex=sex, cred=cred, title=title, dept=PARTNERS[key][0], domain=PARTNERS[key][1])


def public(sex=None):
    return P(sex=sex, domain=R.choice(PERSONAL_DOMAINS))


class Role:
    """A non-person mailbox (shared mailbox, system sender)."""

    def __init__(self, display, email):
        self.display, self.email = display, email
        self.first, self.last, self.full, self.cred, self.title, self.dept = display, "", display, "", "", ""
        self.phone = phone()
        self.ext = ext()

    def addr(self, style=None):
        return f'"{self.display}" <{self.email}>'


# common role mailboxes
def role(display, local, domain=DOMAIN):
    return Role(display, f"{local}@{domain}")


# ---------------------------------------------------------------------------------------------
# identifiers (synthetic, structurally valid)
# ---------------------------------------------------------------------------------------------
def npi():
    while True:
        body = str(R.choice("12")) + "".join(str(R.randrange(10)) for _ in range(8))
        digits = "80840" + body
        total = 0
        for i, ch in enumerate(reversed(digits)):
            d = int(ch)
            if i % 2 == 0:
                d *= 2
                if d > 9:
                    d -= 9
            total += d
        return body + str((10 - total % 10) % 10)


def dea(last, kind=None):
    first = kind or R.choice("ABFGM")
    d = [R.randrange(10) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + last[0].upper() + "".join(map(str, d)) + str(chk)


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(dashes=False):
    a, n = MBI_ALPHA, "0123456789"
    an = a + n
    s = (R.choice("123456789") + R.choice(a) + R.choice(an) + R.choice(n) + R.choice(a) + R.choice(an)
         + R.choice(n) + R.choice(a) + R.choice(a) + R.choice(n) + R.choice(n))
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dashes else s


def mrn():
    return "RH" + "".join(str(R.randrange(10)) for _ in range(7))


def member_id():
    return "RHP" + "".join(str(R.randrange(10)) for _ in range(9))


FAMOUS = {"078-05-1120", "219-09-9999", "123-45-6789", "457-55-5462"}


def ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        s = f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"
        if s not in FAMOUS:
            return s


def ssn_shaped():
    """An SSN-shaped number for a non-SSN use (order, invoice, part)."""
    return ssn()


def digits(n, lead="123456789"):
    return R.choice(lead) + "".join(str(R.randrange(10)) for _ in range(n - 1))


def alnum(n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def street_addr():
    town, st, z = R.choice(TOWNS)
    return f"{R.randint(12, 9880)} {R.choice(STREETS)}", town, st, f"{z}{R.randint(10, 99)}"


# ---------------------------------------------------------------------------------------------
# dates (all derived from a fixed base; no clock reads)
# ---------------------------------------------------------------------------------------------
BASE = dt.datetime(2024, 1, 8, 7, 0, 0)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def tzoff(d):
    # US Eastern-ish: DST from 2nd Sunday of March to 1st Sunday of November (2024: Mar 10 - Nov 3)
    return -4 if dt.datetime(2024, 3, 10, 7) <= d < dt.datetime(2024, 11, 3, 6) else -5


def rfc2822(d, utc=False):
    off = 0 if utc else tzoff(d)
    local = d + dt.timedelta(hours=off)
    sign = "+" if off >= 0 else "-"
    return (f"{DAYS[local.weekday()][:3]}, {local.day} {MONTHS[local.month - 1][:3]} {local.year} "
            f"{local:%H:%M:%S} {sign}{abs(off):02d}00")


def outlook_sent(d):
    local = d  # quoted headers are shown in the writer's local time
    h = local.hour % 12 or 12
    return f"{DAYS[local.weekday()]}, {MONTHS[local.month - 1]} {local.day}, {local.year} {h}:{local.minute:02d} {'AM' if local.hour < 12 else 'PM'}"


def gmail_on(d):
    local = d
    h = local.hour % 12 or 12
    return f"{DAYS[local.weekday()][:3]}, {MONTHS[local.month - 1][:3]} {local.day}, {local.year} at {h}:{local.minute:02d} {'AM' if local.hour < 12 else 'PM'}"


def mdy(d):
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def long_date(d):
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def wd_long(d):
    return f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"


def hhmm(h, m=0):
    return f"{h % 12 or 12}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}"


def hl7ts(d):
    return d.strftime("%Y%m%d%H%M")


def dob_for(age_lo, age_hi, ref=None):
    ref = (ref or BASE).date() - dt.timedelta(days=20)
    return ref - dt.timedelta(days=R.randint(age_lo * 365 + 30, age_hi * 365 + 330))


def age_on(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


class Patient(P):
    def __init__(self, sex=None, age=(22, 88), domain=None):
        super().__init__(sex=sex, domain=domain or R.choice(PERSONAL_DOMAINS))
        self.dob = dob_for(*age)
        self.mrn = mrn()
        self.member = member_id()
        self.ssn = ssn()
        self.mbi = mbi()
        self.street, self.town, self.state, self.zip = street_addr()
        self.home = phone()

    @property
    def he(self):
        return "she" if self.sex == "F" else "he"

    @property
    def his(self):
        return "her" if self.sex == "F" else "his"

    @property
    def him(self):
        return "her" if self.sex == "F" else "him"

    @property
    def mr(self):
        return ("Ms. " if self.sex == "F" else "Mr. ") + self.last

    def age(self, d):
        return age_on(self.dob, d)


# ---------------------------------------------------------------------------------------------
# body model: a list of blocks rendered to text/plain and text/html
#   str                      paragraph
#   ("h", text)              heading
#   ("lines", [..])          lines kept as they are (signatures, addresses)
#   ("kv", [(k, v), ..])     key/value pairs
#   ("table", hdr, rows)     table
#   ("list", [..])           bulleted list
#   ("olist", [..])          numbered list
#   ("pre", text)            preformatted (reports, HL7, code)
#   ("small", text)          small print (footers)
#   ("hr",)
# A "\x01" inside a value is a <span> split point in HTML (removed in text).
# ---------------------------------------------------------------------------------------------
TRANSLIT = {"\u00ab": "<<", "\u00bb": ">>", "\u2013": "-", "\u2014": "--", "\u2019": "'", "\u2018": "'",
            "\u201c": '"', "\u201d": '"', "\u00e9": "e", "\u00e1": "a", "\u00ed": "i", "\u00f3": "o",
            "\u00fa": "u", "\u00f1": "n", "\u00fc": "u", "\u00e7": "c", "\u00a0": " ", "\u2022": "*",
            "\u00b0": " deg", "\u00b5": "u", "\u2265": ">=", "\u2264": "<=", "\u00ae": "(R)", "\u2122": "(TM)",
            "\u00c9": "E", "\u00bf": "?", "\u00a1": "!", "\u00e8": "e", "\u00e0": "a", "\u00f6": "o",
            "\u00e4": "a", "\u00eb": "e", "\u00ef": "i", "\u2026": "...", "\u00d7": "x"}


def ascii_fold(s):
    return "".join(TRANSLIT.get(c, c) for c in s)


def wrap(text, width=74, indent=""):
    out = []
    for para in text.split("\n"):
        if not para.strip():
            out.append("")
            continue
        out.extend(textwrap.wrap(para, width=width, initial_indent=indent, subsequent_indent=indent,
                                 break_long_words=False, break_on_hyphens=False) or [""])
    return "\n".join(out)


def plain_table(hdr, rows, style):
    cells = [list(map(str, hdr))] + [[str(c).replace("\x01", "") for c in r] for r in rows]
    w = [max(len(r[i]) for r in cells) for i in range(len(hdr))]
    if style == "pipe":
        line = lambda r: "| " + " | ".join(c.ljust(w[i]) for i, c in enumerate(r)) + " |"
        sep = "|" + "|".join("-" * (x + 2) for x in w) + "|"
        return "\n".join([line(cells[0]), sep] + [line(r) for r in cells[1:]])
    if style == "tab":
        return "\n".join("\t".join(r) for r in cells)
    line = lambda r: "  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip()
    return "\n".join([line(cells[0]), "  ".join("-" * x for x in w)] + [line(r) for r in cells[1:]])


def render_text(blocks, table_style=None):
    ts = table_style or R.choice(["space", "space", "pipe", "tab"])
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(wrap(b.replace("\x01", "")))
        elif b[0] == "h":
            out.append(b[1].replace("\x01", "") if len(b) < 3 else b[1].upper())
        elif b[0] == "lines":
            out.append("\n".join(x.replace("\x01", "") for x in b[1]))
        elif b[0] == "kv":
            out.append("\n".join(f"{k}: {str(v).replace(chr(1), '')}" if k else str(v) for k, v in b[1]))
        elif b[0] == "table":
            out.append(plain_table(b[1], b[2], ts))
        elif b[0] == "list":
            out.append("\n".join(wrap(x.replace("\x01", ""), 72, "  ").replace("  ", "- ", 1) for x in b[1]))
        elif b[0] == "olist":
            out.append("\n".join(wrap(f"{i + 1}. {x}".replace("\x01", ""), 72) for i, x in enumerate(b[1])))
        elif b[0] == "pre":
            out.append(b[1])
        elif b[0] == "small":
            out.append(wrap(b[1]))
        elif b[0] == "hr":
            out.append("-" * 40)
        elif b[0] == "quote":
            out.append(b[1])
    return "\n\n".join(out).rstrip("\n") + "\n"


ENT = {"\u00ab": "&laquo;", "\u00bb": "&raquo;", "\u2013": "&ndash;", "\u2014": "&mdash;", "\u2019": "&rsquo;",
       "\u2018": "&lsquo;", "\u201c": "&ldquo;", "\u201d": "&rdquo;", "\u00e9": "&eacute;", "\u00a0": "&nbsp;",
       "\u00b0": "&deg;", "\u00ae": "&reg;", "\u2122": "&trade;", "\u2022": "&bull;", "\u2265": "&ge;",
       "\u2264": "&le;", "\u00b5": "&micro;", "\u00d7": "&times;"}


def hesc(s, ent=True):
    s = str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if ent:
        s = s.replace('"', "&quot;")
    out = []
    for c in s:
        if ord(c) < 128:
            out.append(c)
        else:
            out.append(ENT.get(c, f"&#{ord(c)};"))
    return "".join(out)


def hval(v):
    """Escape a value; \x01 becomes a span split, e.g. <span>03/14/</span><span>1962</span>."""
    v = str(v)
    if "\x01" in v:
        return "".join(f"<span>{hesc(p)}</span>" for p in v.split("\x01"))
    return hesc(v)


HTML_STYLES = ["outlook", "simple", "portal", "gmail"]


def render_html_inner(blocks, style="outlook"):
    P_ = {"outlook": '<p class="MsoNormal">', "simple": "<p>", "portal": '<p style="margin:0 0 12px 0;">',
          "gmail": "<div>"}[style]
    P_END = {"outlook": "<o:p></o:p></p>", "simple": "</p>", "portal": "</p>", "gmail": "</div>"}[style]
    tb = {"outlook": ' class="MsoNormalTable" border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse"',
          "simple": ' border="1" cellpadding="3"', "portal": ' width="100%" cellpadding="6" style="border:1px solid #d0d7de;border-collapse:collapse;font-size:14px"',
          "gmail": ' cellspacing="0" cellpadding="2" style="border-collapse:collapse"'}[style]
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append(P_ + hval(b).replace("\n", "<br>\n") + P_END)
        elif b[0] == "h":
            body.append(f"<h3>{hval(b[1])}</h3>" if style != "outlook" else f'<p class="MsoNormal"><b>{hval(b[1])}</b><o:p></o:p></p>')
        elif b[0] == "lines":
            body.append(P_ + "<br>\n".join(hval(x) for x in b[1]) + P_END)
        elif b[0] == "kv":
            if style in ("portal", "outlook") and len(b[1]) > 2:
                rows = "\n".join(f"<tr><td><b>{hesc(k)}</b></td><td>{hval(v)}</td></tr>" if k else
                                 f'<tr><td colspan="2">{hval(v)}</td></tr>' for k, v in b[1])
                body.append(f"<table{tb}>\n{rows}\n</table>")
            else:
                body.append(P_ + "<br>\n".join(f"<b>{hesc(k)}:</b>&nbsp;{hval(v)}" if k else hval(v) for k, v in b[1]) + P_END)
        elif b[0] == "table":
            head = "".join(f"<th>{hesc(h)}</th>" for h in b[1])
            rows = "\n".join("<tr>" + "".join(f"<td>{hval(c)}</td>" for c in r) + "</tr>" for r in b[2])
            body.append(f"<table{tb}>\n<tr>{head}</tr>\n{rows}\n</table>")
        elif b[0] in ("list", "olist"):
            tag = "ul" if b[0] == "list" else "ol"
            body.append(f"<{tag}>\n" + "\n".join(f"<li>{hval(x)}</li>" for x in b[1]) + f"\n</{tag}>")
        elif b[0] == "pre":
            body.append('<pre style="font-family:Consolas,monospace;font-size:10pt">' + hesc(b[1], False) + "</pre>")
        elif b[0] == "small":
            body.append(f'<p style="font-size:8pt;color:#666666">{hval(b[1])}</p>')
        elif b[0] == "hr":
            body.append('<hr size="1" width="100%" align="center">')
        elif b[0] == "quote":
            body.append(b[2])
    return "\n".join(body)


def render_html(blocks, style="outlook", title=None):
    inner = render_html_inner(blocks, style)
    if style == "outlook":
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\tfont-size:11.0pt;\n\t'
                'font-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
                '<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                f'<div class="WordSection1">\n{inner}\n</div>\n</body>\n</html>\n')
    if style == "portal":
        t = hesc(title or "Riverside Health")
        return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
                f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{t}</title>\n</head>\n'
                '<body style="margin:0;padding:0;background:#f4f6f8;font-family:Arial,Helvetica,sans-serif;color:#1f2933">\n'
                '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">\n<tr><td align="center">\n'
                '<table role="presentation" width="600" cellpadding="24" cellspacing="0" style="background:#ffffff">\n'
                f'<tr><td style="background:#0b5c7a;color:#ffffff;font-size:20px;font-weight:bold">{t}</td></tr>\n'
                f'<tr><td>\n{inner}\n</td></tr>\n</table>\n</td></tr>\n</table>\n</body>\n</html>\n')
    if style == "gmail":
        return f'<div dir="ltr">\n{inner}\n</div>\n'
    return f"<html>\n<head>\n<meta charset=\"utf-8\">\n</head>\n<body>\n{inner}\n</body>\n</html>\n"


# ---------------------------------------------------------------------------------------------
# MIME parts
# ---------------------------------------------------------------------------------------------
def qp_encode(text):
    enc = quopri.encodestring(text.replace("\r\n", "\n").encode("utf-8")).decode("ascii")
    return enc.replace("\n", CRLF)


def b64_lines(data):
    return base64.encodebytes(data).decode("ascii").replace("\n", CRLF)


def to_crlf(text):
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", CRLF)


class Part:
    def __init__(self, ctype, params=None, body=None, cte=None, children=None, filename=None,
                 disposition=None, extra=None, desc=None, inner=None):
        self.ctype, self.params = ctype, params or {}
        self.body, self.cte, self.children = body, cte, children or []
        self.filename, self.disposition, self.extra = filename, disposition, extra or []
        self.desc, self.inner = desc, inner

    def headers(self, boundary=None):
        ps = "".join(f'; {k}="{v}"' if k in ("boundary", "name", "type") else f"; {k}={v}"
                     for k, v in self.params.items())
        if boundary:
            ps += f'; boundary="{boundary}"'
        h = [f"Content-Type: {self.ctype}{ps}"]
        if self.filename and "name" not in self.params:
            h[0] += f'; name="{self.filename}"'
        if self.cte and not self.children and self.ctype != "message/rfc822":
            h.append(f"Content-Transfer-Encoding: {self.cte}")
        if self.ctype == "message/rfc822":
            h.append("Content-Transfer-Encoding: 7bit")
        if self.filename or self.disposition:
            disp = self.disposition or "attachment"
            h.append(f'Content-Disposition: {disp}; filename="{self.filename}"' if self.filename else f"Content-Disposition: {disp}")
        h.extend(self.extra)
        return h

    def describe(self):
        if self.children:
            return f"{self.ctype}[{', '.join(c.describe() for c in self.children)}]"
        if self.ctype == "message/rfc822":
            return f"message/rfc822[{self.inner}]"
        d = f"{self.ctype} {self.cte}"
        if self.filename:
            d += f" {self.filename}"
        if self.desc:
            d += f" ({self.desc})"
        return d


BOUNDARY_N = [0]


def boundary():
    BOUNDARY_N[0] += 1
    style = R.randrange(3)
    h = hashlib.sha1(f"{SEED}-{BOUNDARY_N[0]}".encode()).hexdigest()
    if style == 0:
        return f"_00{BOUNDARY_N[0] % 10}_{h[:16].upper()}BN0PR04MB{h[16:20].upper()}namp_"
    if style == 1:
        return f"----=_Part_{BOUNDARY_N[0]}_{int(h[:8], 16)}.{int(h[8:16], 16)}"
    return f"00000000000{h[:17]}"


def serialize(part):
    """Return (header lines, body string) for a part; body uses CRLF line ends."""
    if part.children:
        b = boundary()
        chunks = []
        for c in part.children:
            hs, body = serialize(c)
            chunks.append(CRLF.join(hs) + CRLF + CRLF + body)
        body = "".join(f"--{b}{CRLF}{ch}{'' if ch.endswith(CRLF) else CRLF}" for ch in chunks) + f"--{b}--{CRLF}"
        return part.headers(b), body
    if part.ctype == "message/rfc822":
        return part.headers(), part.body
    return part.headers(), part.body


def text_part(text, cte="7bit", ctype="text/plain", filename=None, charset=None, desc=None, params=None):
    """Encode text into a leaf part. 7bit falls back to QP when the text is not ASCII or too wide."""
    text = text.replace("\r\n", "\n")
    if cte == "7bit" and (not text.isascii() or max((len(x) for x in text.split("\n")), default=0) > 900):
        cte = "quoted-printable"
    cs = charset or ("us-ascii" if (text.isascii() and cte == "7bit" and R.random() < 0.5) else "utf-8")
    pr = dict(params or {})
    if ctype.startswith("text/"):
        pr = {"charset": f'"{cs}"', **pr}
    if cte == "7bit":
        body = to_crlf(text if text.endswith("\n") else text + "\n")
    elif cte == "quoted-printable":
        body = qp_encode(text if text.endswith("\n") else text + "\n")
        if not body.endswith(CRLF):
            body += CRLF
    else:
        body = b64_lines(to_crlf(text).encode("utf-8"))
    return Part(ctype, pr, body, cte, filename=filename, desc=desc)


def bin_part(data, ctype, filename, desc=None, params=None):
    return Part(ctype, params or {}, b64_lines(data), "base64", filename=filename, desc=desc)


def att_csv(filename, rows, cte=None):
    s = io.StringIO()
    w = csv.writer(s, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    cte = cte or R.choice(["7bit", "base64", "quoted-printable"])
    return text_part(s.getvalue(), cte, "text/csv", filename)


def att_txt(filename, text, cte=None):
    return text_part(text, cte or R.choice(["7bit", "quoted-printable", "base64"]), "text/plain", filename)


def att_html(filename, html, cte=None):
    return text_part(html, cte or R.choice(["quoted-printable", "base64"]), "text/html", filename)


def att_json(filename, obj, cte=None):
    s = json.dumps(obj, indent=2, ensure_ascii=True) + "\n"
    cte = cte or R.choice(["7bit", "base64"])
    if cte == "base64":
        return bin_part(s.encode("ascii"), "application/json", filename)
    return Part("application/json", {}, to_crlf(s), "7bit", filename=filename)


def att_xml(filename, xml, cte=None, ctype=None):
    cte = cte or R.choice(["base64", "quoted-printable", "7bit"])
    ctype = ctype or R.choice(["application/xml", "text/xml"])
    if cte == "base64":
        return bin_part(xml.encode("utf-8"), ctype, filename)
    return text_part(xml, cte, ctype, filename, charset="utf-8")


def att_hl7(filename, segments, mode=None):
    mode = mode or R.choice(["er7", "er7", "text"])
    if mode == "er7":
        data = ("\r".join(segments) + "\r").encode("ascii")
        return bin_part(data, "x-application/hl7-v2+er7", filename)
    return text_part("\n".join(segments) + "\n", R.choice(["7bit", "base64"]), "text/plain", filename)


def att_eml(inner_bytes, desc):
    return Part("message/rfc822", {}, inner_bytes.decode("ascii"), None, inner=desc)


# ---------------------------------------------------------------------------------------------
# PDF 1.4 writer (text drawn with Helvetica; optional FlateDecode)
# ---------------------------------------------------------------------------------------------
def pdf_str(s):
    s = ascii_fold(s)
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines, flate=True, title="Document", date=None):
    """lines: list of str, or (style, str) with style in {'h','b','n','s','rule'}."""
    pages, cur = [], []
    for ln in lines:
        if isinstance(ln, str):
            ln = ("n", ln)
        if ln[0] == "page" or len(cur) >= 52:
            if cur:
                pages.append(cur)
            cur = []
            if ln[0] == "page":
                continue
        cur.append(ln)
    if cur:
        pages.append(cur)
    objs = {}
    n_pages = len(pages)
    first_page = 5
    kids = " ".join(f"{first_page + 2 * i} 0 R" for i in range(n_pages))
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    for i, pg in enumerate(pages):
        ops = []
        y = 742
        for style, text in pg:
            if style == "rule":
                ops.append(f"0.5 w 54 {y + 4} m 558 {y + 4} l S")
                y -= 8
                continue
            font, size, lead = {"h": ("F2", 14, 20), "b": ("F2", 10, 14), "s": ("F1", 8, 11)}.get(style, ("F1", 10, 13))
            ops.append(f"BT /{font} {size} Tf 54 {y} Td ({pdf_str(text)}) Tj ET")
            y -= lead
        ops.append(f"BT /F1 7 Tf 54 30 Td (Page {i + 1} of {n_pages}) Tj ET")
        stream = ("\n".join(ops) + "\n").encode("latin-1")
        pid, cid = first_page + 2 * i, first_page + 2 * i + 1
        objs[pid] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R "
                     f"/F2 4 0 R >> >> /Contents {cid} 0 R >>").encode()
        if flate:
            comp = zlib.compress(stream, 6)
            objs[cid] = (f"<< /Length {len(comp)} /Filter /FlateDecode >>\nstream\n".encode() + comp + b"\nendstream")
        else:
            objs[cid] = f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream"
    info_id = first_page + 2 * n_pages
    d = date or BASE
    objs[info_id] = (f"<< /Title ({pdf_str(title)}) /Producer (Riverside Health document service) "
                     f"/CreationDate (D:{d:%Y%m%d%H%M%S}) >>").encode()
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for k in sorted(objs):
        offsets[k] = len(out)
        out += f"{k} 0 obj\n".encode() + objs[k] + b"\nendobj\n"
    xref = len(out)
    size = max(objs) + 1
    out += f"xref\n0 {size}\n".encode() + b"0000000000 65535 f \n"
    for k in range(1, size):
        out += f"{offsets[k]:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {size} /Root 1 0 R /Info {info_id} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def att_pdf(filename, lines, flate=None, title=None, date=None):
    flate = R.random() < 0.6 if flate is None else flate
    data = make_pdf(lines, flate, title or filename, date)
    return bin_part(data, "application/pdf", filename, desc="flate" if flate else "uncompressed")


# ---------------------------------------------------------------------------------------------
# calendar
# ---------------------------------------------------------------------------------------------
def ics_fold(line):
    out = []
    while len(line) > 74:
        out.append(line[:74])
        line = " " + line[74:]
    out.append(line)
    return CRLF.join(out)


def calendar_part(organizer, attendees, summary, start, minutes, location, description, uid, stamp=None):
    """start/stamp are local (US Eastern) times; iCalendar gets UTC."""
    def z(d):
        return (d - dt.timedelta(hours=tzoff(d))).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
             "BEGIN:VEVENT",
             f"ORGANIZER;CN={organizer.full}:mailto:{organizer.email}"]
    for a in attendees:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={a.full}:mailto:{a.email}")
    desc = ascii_fold(description).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    lines += [f"DESCRIPTION;LANGUAGE=en-US:{desc}", f"UID:{uid}", f"SUMMARY;LANGUAGE=en-US:{ascii_fold(summary)}",
              f"DTSTART:{z(start)}", f"DTEND:{z(start + dt.timedelta(minutes=minutes))}", "CLASS:PUBLIC",
              "PRIORITY:5", f"DTSTAMP:{z(stamp or start - dt.timedelta(days=3))}", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
              "SEQUENCE:0", f"LOCATION;LANGUAGE=en-US:{ascii_fold(location).replace(',', chr(92) + ',')}",
              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
              "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    body = CRLF.join(ics_fold(x) for x in lines) + CRLF
    return Part("text/calendar", {"charset": '"utf-8"', "method": "REQUEST"}, body, "7bit")


# ---------------------------------------------------------------------------------------------
# quoting (reply/forward chains)
# ---------------------------------------------------------------------------------------------
def hdr_name(p):
    if isinstance(p, Role):
        return f"{p.display} <{p.email}>"
    if p.email.endswith("@" + DOMAIN):
        return f"{p.last}, {p.first} <{p.email}>"
    return f"{p.full} <{p.email}>"


def prior(sender, to, date, subject, blocks, cc=None, style="outlook"):
    return {"sender": sender, "to": to, "cc": cc or [], "date": date, "subject": subject,
            "blocks": blocks, "style": style}


def quote_block(pm):
    """Render one earlier message (whose blocks may contain older quotes) as a ('quote', text, html) block."""
    txt = render_text(pm["blocks"], "space").rstrip("\n")
    inner_html = render_html_inner(pm["blocks"], "outlook" if pm["style"] == "outlook" else "gmail")
    if pm["style"] == "outlook":
        head = [f"From: {hdr_name(pm['sender'])}", f"Sent: {outlook_sent(pm['date'])}",
                f"To: {'; '.join(hdr_name(p) for p in pm['to'])}"]
        if pm["cc"]:
            head.append(f"Cc: {'; '.join(hdr_name(p) for p in pm['cc'])}")
        head.append(f"Subject: {pm['subject']}")
        t = "________________________________\n" + "\n".join(head) + "\n\n" + txt
        hh = "<br>\n".join(f"<b>{hesc(x.split(': ', 1)[0])}:</b> {hesc(x.split(': ', 1)[1])}" for x in head)
        h = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n'
             f'<p class="MsoNormal">{hh}<o:p></o:p></p>\n</div>\n{inner_html}')
        return ("quote", t, h)
    who = f"{pm['sender'].full} <{pm['sender'].email}>"
    line = f"On {gmail_on(pm['date'])} {who} wrote:"
    t = line + "\n" + "\n".join(("> " + x) if x else ">" for x in txt.split("\n"))
    h = (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{hesc(line)}<br></div>\n'
         '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
         f'padding-left:1ex">\n{inner_html}\n</blockquote></div>')
    return ("quote", t, h)


def chain(msgs):
    """msgs oldest first; returns the quote block of the newest, each nesting the older ones."""
    blk = None
    for pm in msgs:
        if blk is not None:
            pm = dict(pm, blocks=list(pm["blocks"]) + [blk])
        blk = quote_block(pm)
    return blk


# ---------------------------------------------------------------------------------------------
# signatures and footers
# ---------------------------------------------------------------------------------------------
def sig(p, org=None, extra=None, short=False):
    if isinstance(p, Role):
        return ("lines", [p.display, org or "Riverside Health"])
    if short:
        return ("lines", [p.first])
    lines = [p.fullc]
    if p.title:
        lines.append(p.title)
    if p.dept and p.dept == p.title:
        lines.append(org or ("Riverside Health" if p.email.endswith("@" + DOMAIN) else p.dept))
    elif p.dept:
        lines.append(p.dept if not p.email.endswith("@" + DOMAIN) else f"{p.dept} | {org or 'Riverside Health'}")
    elif org:
        lines.append(org)
    form = R.randrange(3)
    if form == 0:
        lines.append(f"T {p.phone} | {p.email}")
    elif form == 1:
        lines.append(f"Office: {p.phone}  Ext. {p.ext[1:]}")
    else:
        lines.append(f"{p.phone}")
    if extra:
        lines.extend(extra)
    return ("lines", lines)


FOOTERS = [
    "CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended "
    "recipient(s) and may contain confidential and privileged information, including protected health information "
    "(PHI) protected by federal and state privacy laws. Any unauthorized review, use, disclosure or distribution is "
    "prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all "
    "copies of the original message.",
    "This message may contain protected health information (PHI) that is privileged and confidential under HIPAA "
    "(45 CFR Parts 160 and 164). If you received it in error, notify the sender immediately and delete it. "
    "Riverside Health will never ask for your password by e-mail.",
    "Riverside Health - Confidential. The information in this e-mail may include protected health information. "
    "Re-disclosure without authorization is prohibited except as permitted by law.",
    "NOTICE: This communication and any attachments may contain Protected Health Information (PHI) or other "
    "confidential material. Access is limited to authorized individuals with a need to know. Please do not forward "
    "outside Riverside Health without a business reason and the appropriate encryption ([secure] in the subject).",
    "The contents of this message are confidential. If this message contains patient information (PHI), it is "
    "being sent for treatment, payment or health-care operations. Please handle it according to Riverside Health "
    "policy PRV-104.",
    "Disclaimer: This e-mail is intended only for the person or entity to which it is addressed and may contain "
    "information that is privileged, confidential, or otherwise protected from disclosure, including PHI. "
    "Dissemination, distribution, or copying of this e-mail or the information herein by anyone other than the "
    "intended recipient is prohibited.",
]
EXT_BANNER = ["[EXTERNAL EMAIL] This message came from outside Riverside Health. Do not click links or open "
              "attachments unless you recognize the sender and know the content is safe.",
              "CAUTION: External sender. Report suspicious messages with the Phish Alert button."]


def footer():
    return ("small", R.choice(FOOTERS))


# ---------------------------------------------------------------------------------------------
# message assembly
# ---------------------------------------------------------------------------------------------
class M:
    def __init__(self, sender, to, subject, blocks, **kw):
        self.sender, self.to, self.subject, self.blocks = sender, to, subject, blocks
        self.cc = kw.get("cc", [])
        self.attachments = kw.get("attachments", [])
        self.calendar = kw.get("calendar")
        self.style = kw.get("style")          # plain7 qp b64 html alt (None: deck)
        self.html_style = kw.get("html_style")
        self.label = kw.get("label")          # None | ("phi"|"general"|"internal", name)
        self.footer = kw.get("footer")        # None: random; True/False
        self.external = kw.get("external")
        self.reply = kw.get("reply", False)
        self.importance = kw.get("importance")
        self.html_title = kw.get("html_title")
        self.plain_override = kw.get("plain")  # a full plain-text body instead of rendering blocks
        self.html_override = kw.get("html")


def rfc2047(s):
    if s.isascii():
        return s
    return "=?utf-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def fold(name, value, limit=78):
    words = value.split(" ")
    lines, cur = [], f"{name}:"
    for w in words:
        if len(cur) + 1 + len(w) > limit and cur.strip() and not cur.endswith(":"):
            lines.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    lines.append(cur)
    return lines


def msip_header(kind, name, when):
    guid = {"phi": PHI_GUID, "general": GEN_GUID, "internal": INT_GUID}[kind]
    action = "-".join(alnum(n, "0123456789abcdef") for n in (8, 4, 4, 4, 12))
    items = [f"MSIP_Label_{guid}_Enabled=true",
             f"MSIP_Label_{guid}_SetDate={when:%Y-%m-%dT%H:%M:%S}Z",
             f"MSIP_Label_{guid}_Method={R.choice(['Standard', 'Standard', 'Privileged'])}",
             f"MSIP_Label_{guid}_Name={name}",
             f"MSIP_Label_{guid}_SiteId={TENANT}",
             f"MSIP_Label_{guid}_ActionId={action}",
             f"MSIP_Label_{guid}_ContentBits=0"]
    if R.random() < 0.4:
        items = [items[0], items[4], items[3], items[2]] + items[5:6]
    return "; ".join(items) + ";"


STYLE_DECK = {True: [], False: []}


def pick_style(phi):
    d = STYLE_DECK[phi]
    if not d:
        d.extend(["plain7", "qp", "b64", "html", "html", "alt", "alt", "alt", "qp", "plain7", "alt", "html"])
        R.shuffle(d)
    return d.pop()


def build_body(m, phi):
    style = m.style or pick_style(phi)
    blocks = list(m.blocks)
    internal_sender = m.sender.email.endswith("@" + DOMAIN)
    ext = (not internal_sender) if m.external is None else m.external
    if ext and R.random() < 0.7:
        blocks = [("small", R.choice(EXT_BANNER))] + blocks
    want_footer = m.footer if m.footer is not None else (R.random() < 0.65 and internal_sender)
    if want_footer:
        blocks = blocks + [footer()]
    hstyle = m.html_style or R.choice(["outlook", "outlook", "simple", "gmail"] if internal_sender else HTML_STYLES)
    text = m.plain_override if m.plain_override is not None else render_text(blocks)
    if m.plain_override is not None and want_footer:
        text = text.rstrip("\n") + "\n\n" + render_text([blocks[-1]])

    def html():
        if m.html_override is not None:
            return m.html_override
        return render_html(blocks, hstyle, m.html_title)

    if m.calendar is not None and style in ("plain7", "qp", "b64", "html"):
        style = "alt"
    if style == "plain7":
        body = text_part(text, "7bit")
    elif style == "qp":
        body = text_part(text, "quoted-printable")
    elif style == "b64":
        body = text_part(text, "base64")
    elif style == "html":
        body = text_part(html(), R.choice(["quoted-printable", "quoted-printable", "7bit", "base64"]), "text/html")
    else:
        tp = text_part(text, R.choice(["quoted-printable", "7bit"]))
        hp = text_part(html(), R.choice(["quoted-printable", "quoted-printable", "base64", "7bit"]), "text/html")
        kids = [tp, hp] + ([m.calendar] if m.calendar is not None else [])
        body = Part("multipart/alternative", children=kids)
    if m.attachments:
        return Part("multipart/mixed", children=[body] + list(m.attachments)), style
    return body, style


def message_bytes(m, date, phi, msgid_seed):
    top, style = build_body(m, phi)
    hs, body = serialize(top)
    sender = m.sender
    internal = sender.email.endswith("@" + DOMAIN)
    h = []
    if not internal:
        h += fold("Received", f"from {sender.email.split('@')[1]} (203.0.113.{R.randint(2, 250)}) by "
                  f"BN8NAM12FT0{R.randint(10, 99)}.mail.protection.outlook.example (10.13.182.{R.randint(2, 250)}) "
                  f"with Microsoft SMTP Server; {rfc2822(date, utc=True)}")
    h.append(f"From: {sender.addr()}")
    h += fold("To", ", ".join(p.addr() for p in m.to))
    if m.cc:
        h += fold("Cc", ", ".join(p.addr() for p in m.cc))
    subj = rfc2047(m.subject)
    h += fold("Subject", subj)
    if internal or R.random() < 0.5:
        h += fold("Thread-Topic", rfc2047(re.sub(r"^((RE|FW|Fwd): ?)+", "", m.subject, flags=re.I)))
        ti = bytes([1, 1, 0xDA]) + bytes(R.randrange(256) for _ in range(19))  # reserved + FILETIME (2024) + GUID
        if m.reply:
            ti += bytes(R.randrange(256) for _ in range(5))
        h.append("Thread-Index: " + base64.b64encode(ti).decode("ascii"))
    h.append(f"Date: {rfc2822(date, utc=internal and R.random() < 0.6)}")
    hx = hashlib.sha1(f"{SEED}:{msgid_seed}".encode()).hexdigest().upper()
    if internal:
        srv = f"{R.choice(['BN0PR04MB', 'SA1PR04MB', 'CH2PR04MB', 'DM6PR04MB', 'MN2PR04MB'])}{R.randint(1000, 9999)}"
        mid = f"<{srv}{hx[:24]}@{srv}.namprd04.prod.outlook.example>"
    else:
        mid = f"<{hx[:8].lower()}.{hx[8:20].lower()}@{sender.email.split('@')[1]}>"
    h.append(f"Message-ID: {mid}")
    if m.reply:
        ref = f"<{hx[20:36]}{hx[:8]}@{DOMAIN}>"
        h.append(f"References: {ref}")
        h.append(f"In-Reply-To: {ref}")
    if m.importance:
        h.append(f"Importance: {m.importance}")
    h.append("Accept-Language: en-US")
    h.append("Content-Language: en-US")
    h.append(f"X-MS-Has-Attach: {'yes' if m.attachments else ''}".rstrip())
    h.append("X-MS-TNEF-Correlator:")
    if m.label:
        h += fold("msip_labels", msip_header(m.label[0], m.label[1], date - dt.timedelta(minutes=R.randint(1, 40))))
    h.append(f"X-MS-Exchange-Organization-AuthAs: {'Internal' if internal else 'Anonymous'}")
    h.append(f"X-MS-Exchange-Organization-AuthSource: BN0PR04MB{R.randint(1000, 9999)}.namprd04.prod.outlook.example")
    h.append(f"X-MS-Exchange-Organization-Network-Message-Id: {hx[:8].lower()}-{hx[8:12].lower()}-4{hx[13:16].lower()}-a{hx[17:20].lower()}-{hx[20:32].lower()}")
    h.append(f"X-MS-Exchange-Organization-SCL: {'-1' if internal else R.choice(['1', '1', '0', '5'])}")
    if not internal:
        h.append("X-MS-Exchange-Organization-MessageDirectionality: Incoming")
    h += hs
    h.append("MIME-Version: 1.0")
    raw = CRLF.join(h) + CRLF + CRLF + body
    if not raw.endswith(CRLF):
        raw += CRLF
    return raw.encode("ascii"), top.describe(), style


def inner_message(m, date, phi=True):
    """A complete message used as a message/rfc822 attachment."""
    utc = date - dt.timedelta(hours=tzoff(date))
    b, desc, _ = message_bytes(m, utc, phi, f"inner-{date.isoformat()}-{m.subject}")
    return att_eml(b, desc)


# ---------------------------------------------------------------------------------------------
# scenario registry
# ---------------------------------------------------------------------------------------------
POS_KINDS = ["lab_result", "referral", "clinical_note", "discharge", "appointment", "medication", "registration",
             "billing_claim", "hl7", "ccda", "imaging", "label", "mbi"]
NEG_KINDS = ["provider_directory", "prescriber_notice", "newsletter", "education", "aggregate", "template",
             "birth_year", "id_shaped", "staff_admin", "marketing", "name_only", "other_label", "general"]
SCEN = []


def sc(kind, n=1):
    def deco(fn):
        SCEN.append((kind, fn, n))
        return fn
    return deco


class Ctx:
    def __init__(self, date, v, idx):
        self.d, self.v, self.idx = date, v, idx

    def days(self, n, hour=None, minute=0):
        x = self.d + dt.timedelta(days=n)
        if hour is not None:
            x = x.replace(hour=hour, minute=minute, second=0)
        return x

    def workday(self, n, hour=None, minute=0):
        x = self.days(n, hour, minute)
        while x.weekday() >= 5:
            x += dt.timedelta(days=1)
        return x

    def ago(self, hours):
        return self.d - dt.timedelta(hours=hours, minutes=R.randint(1, 50))


# ---------------------------------------------------------------------------------------------
# shared health-care vocabulary
# ---------------------------------------------------------------------------------------------
SPECIALTIES = {
    "Endocrinology": ["diabetes", "thyroid disease", "osteoporosis", "adrenal disorders", "pituitary disorders", "PCOS"],
    "Cardiology": ["atrial fibrillation", "heart failure", "coronary artery disease", "hypertension", "valve disease", "lipid disorders"],
    "Gastroenterology": ["inflammatory bowel disease", "GERD", "liver disease", "colon cancer screening", "celiac disease", "pancreatitis"],
    "Pulmonology": ["asthma", "COPD", "interstitial lung disease", "sleep apnea", "pulmonary nodules"],
    "Nephrology": ["chronic kidney disease", "kidney stones", "dialysis care", "glomerular disease", "resistant hypertension"],
    "Rheumatology": ["rheumatoid arthritis", "lupus", "gout", "psoriatic arthritis", "vasculitis"],
    "Neurology": ["epilepsy", "migraine", "multiple sclerosis", "Parkinson's disease", "stroke recovery", "neuropathy"],
    "Orthopedic Surgery": ["hip and knee replacement", "sports injuries", "spine disorders", "hand and wrist conditions", "fracture care"],
    "Dermatology": ["acne", "psoriasis", "eczema", "skin cancer", "hair loss"],
    "Medical Oncology": ["breast cancer", "lung cancer", "lymphoma", "colorectal cancer", "prostate cancer"],
    "Obstetrics & Gynecology": ["prenatal care", "menopause", "endometriosis", "abnormal uterine bleeding", "contraception"],
    "Psychiatry": ["depression", "anxiety disorders", "bipolar disorder", "PTSD", "adult ADHD"],
    "Infectious Disease": ["HIV care", "hepatitis C", "bone and joint infections", "travel medicine"],
    "Urology": ["kidney stones", "BPH", "prostate cancer", "urinary incontinence"],
    "Pediatrics": ["well-child care", "childhood asthma", "ADHD", "newborn care"],
    "Family Medicine": ["preventive care", "diabetes", "hypertension", "women's health", "sports physicals"],
    "Internal Medicine": ["preventive care", "chronic disease management", "hypertension", "hyperlipidemia"],
    "Allergy & Immunology": ["food allergy", "asthma", "eczema", "immunodeficiency"],
    "Hematology": ["anemia", "bleeding and clotting disorders", "sickle cell disease"],
    "Otolaryngology": ["chronic sinusitis", "hearing loss", "thyroid nodules", "voice disorders"],
    "Ophthalmology": ["cataract", "glaucoma", "diabetic retinopathy", "macular degeneration"],
    "Sleep Medicine": ["sleep apnea", "insomnia", "narcolepsy", "restless legs syndrome"],
    "Geriatrics": ["memory concerns", "falls prevention", "polypharmacy review"],
    "Physical Medicine & Rehabilitation": ["stroke rehabilitation", "spinal cord injury", "musculoskeletal pain"],
}
SPEC_LIST = list(SPECIALTIES)
CREDS_MD = ["MD", "MD", "MD", "DO", "MD", "MD, PhD", "MD, MPH", "DO"]
CREDS_EXTRA = {"Cardiology": ["MD, FACC"], "Internal Medicine": ["MD, FACP"], "Family Medicine": ["MD, FAAFP"],
               "Pediatrics": ["MD, FAAP"], "Orthopedic Surgery": ["MD, FAAOS"], "Obstetrics & Gynecology": ["MD, FACOG"],
               "Endocrinology": ["MD, FACE"], "Pulmonology": ["MD, FCCP"]}
CREDS_APP = {"Obstetrics & Gynecology": ["CNM", "WHNP-BC"], "Psychiatry": ["PMHNP-BC"], "Pediatrics": ["CPNP-PC", "PA-C"],
             "Family Medicine": ["FNP-BC", "PA-C"], "Internal Medicine": ["AGPCNP-BC", "PA-C"]}
CREDS_APP_ANY = ["NP-C", "PA-C", "FNP-BC", "DNP, APRN"]
MED_SCHOOLS = ["Ohio State University College of Medicine", "University of Cincinnati College of Medicine",
               "Case Western Reserve University School of Medicine", "Wright State University Boonshoft SOM",
               "University of Toledo College of Medicine", "Northeast Ohio Medical University",
               "Ohio University Heritage College of Osteopathic Medicine", "Indiana University School of Medicine",
               "University of Michigan Medical School", "Howard University College of Medicine",
               "University of Pittsburgh School of Medicine", "Aga Khan University Medical College",
               "University of the Philippines College of Medicine", "Universidad de Guadalajara",
               "University of Lagos College of Medicine", "Christian Medical College Vellore"]


class Prov(P):
    def __init__(self, spec=None, app=False, sex=None):
        spec = spec or R.choice(SPEC_LIST)
        if app:
            cred = R.choice(CREDS_APP.get(spec, CREDS_APP_ANY))
        else:
            cred = R.choice(CREDS_MD + CREDS_EXTRA.get(spec, []))
        super().__init__(sex=sex, cred=cred, title=spec, dept=spec)
        self.spec = spec
        self.npi = npi()
        self.dea = dea(self.last)
        self.lic = f"{R.choice(['35', '34', '35'])}.{digits(6)}"
        self.treats = R.sample(SPECIALTIES[spec], min(3, len(SPECIALTIES[spec])))
        self.site = R.choice(FACILITIES)

    @property
    def dr(self):
        return f"Dr. {self.last}" if "MD" in self.cred or "DO" in self.cred else self.full


def and_list(xs):
    xs = list(xs)
    return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + " and " + xs[-1]


DX = [("E11.9", "Type 2 diabetes mellitus without complications"),
      ("E11.65", "Type 2 diabetes mellitus with hyperglycemia"),
      ("I10", "Essential (primary) hypertension"), ("I48.91", "Unspecified atrial fibrillation"),
      ("I50.22", "Chronic systolic (congestive) heart failure"), ("J44.1", "COPD with (acute) exacerbation"),
      ("J45.40", "Moderate persistent asthma, uncomplicated"), ("N18.31", "Chronic kidney disease, stage 3a"),
      ("E78.5", "Hyperlipidemia, unspecified"), ("F32.A", "Depression, unspecified"),
      ("F41.1", "Generalized anxiety disorder"), ("M17.11", "Unilateral primary osteoarthritis, right knee"),
      ("K21.9", "Gastro-esophageal reflux disease without esophagitis"), ("G47.33", "Obstructive sleep apnea (adult)"),
      ("E03.9", "Hypothyroidism, unspecified"), ("D50.9", "Iron deficiency anemia, unspecified"),
      ("J18.9", "Pneumonia, unspecified organism"), ("N39.0", "Urinary tract infection, site not specified"),
      ("L03.115", "Cellulitis of right lower limb"), ("R07.89", "Other chest pain"),
      ("G43.909", "Migraine, unspecified, not intractable, without status migrainosus"),
      ("M81.0", "Age-related osteoporosis without current pathological fracture"),
      ("E55.9", "Vitamin D deficiency, unspecified"), ("R73.03", "Prediabetes"), ("N40.0", "Benign prostatic hyperplasia without LUTS"),
      ("K57.30", "Diverticulosis of large intestine without perforation or abscess without bleeding"),
      ("M54.50", "Low back pain, unspecified"), ("R19.5", "Other fecal abnormalities")]
MEDS = [("metformin", "1000 mg", "twice daily with meals"), ("lisinopril", "20 mg", "once daily"),
        ("atorvastatin", "40 mg", "at bedtime"), ("apixaban", "5 mg", "twice daily"),
        ("metoprolol succinate", "50 mg", "once daily"), ("insulin glargine", "24 units", "subcutaneously at bedtime"),
        ("semaglutide", "0.5 mg", "subcutaneously once weekly"), ("levothyroxine", "75 mcg", "every morning on an empty stomach"),
        ("sertraline", "50 mg", "once daily"), ("furosemide", "40 mg", "every morning"), ("amlodipine", "5 mg", "once daily"),
        ("empagliflozin", "10 mg", "once daily"), ("tamsulosin", "0.4 mg", "30 minutes after dinner"),
        ("gabapentin", "300 mg", "three times daily"), ("montelukast", "10 mg", "at bedtime"),
        ("losartan", "50 mg", "once daily"), ("pantoprazole", "40 mg", "before breakfast"),
        ("escitalopram", "10 mg", "once daily"), ("carvedilol", "12.5 mg", "twice daily with food"),
        ("spironolactone", "25 mg", "once daily"), ("alendronate", "70 mg", "once weekly"),
        ("hydrochlorothiazide", "25 mg", "once daily"), ("rosuvastatin", "20 mg", "once daily"),
        ("warfarin", "5 mg", "daily per INR"), ("budesonide-formoterol 160/4.5", "2 puffs", "twice daily")]


# =============================================================================================
# NEGATIVE: template (unfilled templates, forms, smart phrases, sample/test patients)
# =============================================================================================
@sc("template")
def t_liquid_reminder(c):
    a = staff("", "Digital Engagement Specialist", "Patient Access")
    b = staff("", "Manager, Patient Communications", "Marketing & Communications")
    tpl = ("Subject: Your upcoming visit with {{ provider.display_name }}\n\n"
           "Hi {{ patient.first_name }},\n\n"
           "This is a reminder that you have an appointment on {{ appointment.start | date: \"%A, %B %-d\" }} at "
           "{{ appointment.start | date: \"%-I:%M %p\" }} with {{ provider.display_name }} at {{ location.name }}, "
           "{{ location.address_line1 }}.\n\n"
           "{% if appointment.requires_fasting %}Please do not eat or drink anything except water for 8 hours "
           "before your visit.{% endif %}\n"
           "{% if appointment.is_video %}Join from the RiversideConnect app 15 minutes early.{% endif %}\n\n"
           "Need to change it? Call {{ location.phone }} or reply C to confirm, R to reschedule.\n\n"
           "Riverside Health\n{{ links.unsubscribe }}\n")
    blocks = [f"Hi {b.first},",
              "Attached is v4 of the appointment-reminder template for the new notification vendor. Changes "
              "since v3: the fasting sentence is now conditional, the video-visit line is new, and I dropped "
              "{{patient.last_name}} from the greeting per the style guide ({{patient.first_name}} only).",
              "Merge fields are Liquid syntax; the vendor fills them at send time from the scheduling feed. "
              "Nothing in the file is real data - please mark up wording only.",
              ("pre", tpl),
              "Can you get edits back to me by Thursday? Legal already signed off on the opt-out line.",
              "Thanks,", sig(a)]
    att = att_txt("appt_reminder_template_v4.liquid.txt", tpl)
    return (M(a, [b], "Reminder template v4 for review", blocks, attachments=[att]),
            "Liquid {{ patient.first_name }}/{{ appointment.start }} merge template under review; no real patient data")


@sc("template")
def t_ampscript_outreach(c):
    a = staff("", "Marketing Automation Analyst", "Marketing & Communications")
    b = staff("MPH", "Program Manager, Population Health", "Population Health")
    body = ("%%[ SET @first = AttributeValue(\"FirstName\") SET @clinic = AttributeValue(\"PCP_Clinic\") ]%%\n"
            "Hi %%=ProperCase(@first)=%%,\n\n"
            "Colorectal cancer is one of the most preventable cancers. Adults 45 and older should talk with their "
            "care team about screening options, including an at-home FIT kit.\n\n"
            "Your clinic: %%=v(@clinic)=%%\nSchedule online: %%=RedirectTo(@portal_link)=%%\n\n"
            "%%Member_Busname%% | %%Member_Addr%% | %%Member_City%%, %%Member_State%% %%Member_PostalCode%%\n"
            "Unsubscribe: %%unsub_center_url%%\n")
    blocks = [f"{b.first} -", "Here's the AMPscript build for the March colorectal-awareness send. Quick notes:",
              ("list", ["The audience is the general marketing list (opted-in subscribers), not a registry pull - so "
                        "there's no condition or due-date logic anywhere in this version.",
                        "%%FirstName%% falls back to \"Friend\" when blank.",
                        "Preview text: \"March is Colorectal Cancer Awareness Month\"."]),
              ("pre", body), "Test sends went to the seed list only (marketing staff inboxes).", sig(a)]
    return (M(a, [b], "AMPscript draft - March awareness send", blocks),
            "Salesforce-style %%FirstName%% AMPscript template for a generic awareness e-mail; placeholders only")


@sc("template", 2)
def t_word_merge_letter(c):
    a = staff("CMA", "Clinical Supervisor", R.choice(["Millbrook Family Medicine", "Stonebridge Primary Care"]))
    b = staff("", "Front Office Lead", a.dept)
    if c.v == 0:
        letter = ["\u00abClinicLetterhead\u00bb", "", "\u00abLetterDate\u00bb", "",
                  "\u00abPatientFullName\u00bb", "\u00abAddressLine1\u00bb", "\u00abCity\u00bb, \u00abState\u00bb \u00abZip\u00bb", "",
                  "Dear \u00abPatientSalutation\u00bb \u00abPatientLastName\u00bb:", "",
                  "We are writing to let you know that the results of your recent \u00abTestName\u00bb, collected on "
                  "\u00abCollectionDate\u00bb, were within normal limits. No further action is needed at this time.", "",
                  "If you have questions, please call our office at \u00abClinicPhone\u00bb.", "",
                  "Sincerely,", "\u00abProviderName\u00bb, \u00abProviderCredentials\u00bb"]
        subj = "Normal results letter - merge fields fixed"
        intro = ("The normal-results letter in the shared Templates folder had two broken merge fields "
                 "(\u00abTestName\u00bb was mapped to the order number). Fixed version below - please delete your "
                 "local copies and use the one on the S: drive.")
        note = "Word mail-merge letter with guillemet fields (<<PatientFullName>>, <<TestName>>); blank template"
    else:
        letter = ["\u00abPractice_Name\u00bb", "", "\u00abToday\u00bb", "",
                  "Dear \u00abGuardian_First\u00bb \u00abGuardian_Last\u00bb,", "",
                  "Our records show that \u00abChild_First\u00bb is due for a well-child visit. School and sports "
                  "physical forms can be completed at the same visit. Call \u00abPractice_Phone\u00bb to schedule.", "",
                  "Warm regards,", "\u00abPractice_Manager\u00bb"]
        subj = "Updated recall letter (merge doc)"
        intro = ("Attached text is what the updated recall merge document produces before merging - I pasted the "
                 "field codes so you can see the names. Please don't merge until Dr. Zhou approves the wording.")
        note = "Pediatric recall mail-merge document shown with unmerged guillemet fields (<<Child_First>>) only"
    blocks = [f"Hi {b.first},", intro, ("pre", "\n".join(letter)), "Thanks!", sig(a)]
    return M(a, [b], subj, blocks, style=R.choice(["qp", "b64", "html", "alt"])), note


@sc("template")
def t_registration_pdf(c):
    a = staff("", "Supervisor, Patient Registration", "Patient Access")
    team = [staff("", "Patient Access Representative", "Patient Access") for _ in range(3)]
    lines = [("h", "RIVERSIDE HEALTH - NEW PATIENT REGISTRATION"), ("s", "Form PA-101 rev. 02/2024  |  Please print clearly"),
             ("rule", ""), ("b", "PATIENT INFORMATION"),
             "Last name: ______________________  First: __________________  MI: ___",
             "Date of birth: __/__/____     Sex assigned at birth: [ ] F  [ ] M  [ ] X",
             "Social Security No.: ___-__-____  (optional)      Preferred language: ____________",
             "Street address: _______________________________________________",
             "City: ____________________  State: ___  ZIP: _______",
             "Home phone: (___) ___-____   Mobile: (___) ___-____   E-mail: __________________",
             ("b", "INSURANCE"),
             "Primary plan: ______________________  Member ID: __________________  Group: ________",
             "Subscriber name (if not patient): ____________________  Relationship: __________",
             ("b", "EMERGENCY CONTACT"),
             "Name: ____________________  Relationship: __________  Phone: (___) ___-____",
             ("rule", ""),
             "I certify that the information above is accurate. Signature: ____________________ Date: __/__/____",
             ("s", "FOR OFFICE USE: MRN RH_______  Registered by: ______  Verified ID: [ ] yes")]
    blocks = [f"Team,", "The revised registration form (PA-101, Feb 2024) is attached. Main changes: SSN is now marked "
              "optional, and we added preferred language and a mobile number line. Please recycle the old pads at the "
              "front desks by Friday; the print shop is delivering 40 pads to each site.", sig(a)]
    return (M(a, team, "Revised PA-101 registration form", blocks,
              attachments=[att_pdf("PA-101_New_Patient_Registration_rev0224.pdf", lines, flate=True, date=c.d)]),
            "Blank registration form PDF with ___-__-____ SSN and __/__/____ DOB lines; no one filled in")


@sc("template")
def t_consent_html(c):
    a = staff("JD, CHC", "Compliance Officer", "Compliance")
    b = staff("MD", "Medical Director, Virtual Care", "Virtual Care")
    blocks = [f"Dr. {b.last},", "Below is the telehealth consent text as it will appear in the e-check-in. The bracketed "
              "items are filled by the system; please confirm the clinical wording in section 2.",
              ("h", "Consent to Telehealth Services"),
              ("kv", [("Patient name", "[Patient Name]"), ("Date of birth", "[Date of Birth]"),
                      ("Visit type", "[Video | Telephone]"), ("Provider", "[Rendering Provider, Credentials]")]),
              "1. I understand that telehealth uses video or audio to connect me with a Riverside Health clinician "
              "who is not in the same location.",
              "2. I understand that a telehealth visit may not be appropriate for every condition, and that the "
              "clinician may recommend an in-person visit.",
              "3. I understand that my information is protected as described in the Notice of Privacy Practices.",
              ("kv", [("Signature of patient or legal representative", "______________________________"),
                      ("Relationship if not patient", "____________"), ("Date", "__/__/____")]),
              "Once you approve, IT will load it into the consent library (doc type CONS-TH-03).", sig(a)]
    return (M(a, [b], "Telehealth consent wording", blocks, style=R.choice(["html", "alt"])),
            "Telehealth consent form with [Patient Name]/[Date of Birth] placeholders and signature lines")


@sc("template")
def t_smartphrases(c):
    a = staff("MD", "Physician Builder, Clinical Informatics", "Clinical Informatics")
    ed = [staff(R.choice(["MD", "DO", "PA-C"]), "Emergency Medicine", "Emergency Department") for _ in range(2)]
    txt = ("RIVERSIDE ED SMARTPHRASE LIBRARY - release 2024.2 (training copy)\n"
           "==============================================================\n\n"
           ".EDHPI\n@NAME@ is a @AGE@ @SEX@ who presents to the ED with *** that began ***. "
           "Associated symptoms: {ED ASSOC SX:30122}. Pertinent negatives: ***.\n\n"
           ".EDROS\nConstitutional: {Negative/positive:19021::\"Negative\"} for fever, chills.\n"
           "Cardiovascular: {Negative/positive:19021::\"Negative\"} for chest pain, palpitations.\n\n"
           ".EDMDM\nDifferential diagnosis includes *** . Labs reviewed: @LASTLAB(CBC,BMP)@. "
           "Imaging: @LASTIMG(24h)@. Disposition: {ED DISPO:30188}.\n\n"
           ".EDDCINSTR\nReturn to the emergency department if you have ***. Follow up with @PCP@ in *** days.\n\n"
           ".SEPSISREASS\nSepsis reassessment at @NOW@: MAP *** mmHg, repeat lactate *** mmol/L, "
           "cap refill ***. Fluids given: *** mL/kg.\n")
    blocks = ["Hi all,", "The 2024.2 ED SmartPhrase library goes live Tuesday. New: .SEPSISREASS (meets the SEP-1 "
              "reassessment documentation requirement) and a rebuilt .EDMDM that pulls the last CBC/BMP with "
              "@LASTLAB@. Full text attached; the *** wildcards force you to fill them before signing.",
              "Demo in the ED conference room Monday 0730, or grab me on shift.", sig(a)]
    return (M(a, ed, "SmartPhrase updates 2024.2", blocks, attachments=[att_txt("ED_smartphrases_2024-2.txt", txt)]),
            "EHR dot-phrase library (.EDHPI with @NAME@/@AGE@/*** wildcards); no patient")


@sc("template")
def t_jane_doe_denial_letter(c):
    a = staff("RHIA", "Manager, Utilization Management", "Utilization Management")
    b = staff("", "Appeals Coordinator", "Patient Financial Services")
    sample = P(first="Jane", last="Doe", sex="F", domain="mail.example")
    blocks = [f"{b.first},", "Legal approved the new coverage-denial notice. Template fields are in ALL CAPS in angle "
              "brackets. The second block is the vendor's rendering with their built-in sample record - it is "
              "EXAMPLE DATA ONLY (the vendor's test persona \"Jane Doe\"), not a Riverside patient.",
              ("pre", "Dear <PATIENT FIRST NAME> <PATIENT LAST NAME>,\n\n"
                      "We reviewed the request for <SERVICE DESCRIPTION> (<CPT/HCPCS CODE>) dated <REQUEST DATE>.\n"
                      "The request was not approved because <DENIAL REASON>.\n"
                      "You may appeal within 60 days by calling <APPEALS PHONE>."),
              ("h", "SAMPLE RENDERING - EXAMPLE ONLY - NOT A REAL PATIENT"),
              ("pre", f"Dear {sample.full},\n\nWe reviewed the request for SAMPLE SERVICE (00000) dated 01/01/2000.\n"
                      "The request was not approved because SAMPLE REASON TEXT.\n"
                      "You may appeal within 60 days by calling 1-800-000-0000."),
              "Please swap it into the appeals workflow library by end of month.", sig(a)]
    return (M(a, [b], "Denial notice template - final", blocks),
            "Letter template with <PATIENT NAME> fields plus a vendor sample rendering for 'Jane Doe' marked example only")


@sc("template")
def t_training_test_patient(c):
    a = staff("RN, BSN", "Clinical Educator, EHR Training", "Learning & Development")
    learners = [staff("", "Unit Secretary", R.choice(["4 West", "5 East", "ICU", "Labor & Delivery"])) for _ in range(3)]
    blocks = ["Welcome to EHR Registration 201!", "Before class on Thursday, log in to the TRAINING environment "
              "(PLY) - never production - and find your practice record. Every learner gets a fictional test "
              "patient; yours are listed below. These are made-up training personas that exist only in PLY.",
              ("table", ["Learner", "Training (fictional) patient", "Sample DOB", "Training record #"],
               [[l.full, f"ZZTEST, {nm}", f"01/0{i + 1}/1980", f"TRN-{40110 + i * 7}"] for i, (l, nm) in
                enumerate(zip(learners, ["Alpha", "Bravo", "Charlie"]))]),
              "Exercise 1: register the test patient for an outpatient lab visit, add the sample insurance "
              "(plan \"TRAINING PPO\", member ID TEST-0000-01) and print the armband to the classroom printer.",
              "Exercise 2: merge the duplicate \"ZZTEST, Delta\" record into your persona. Production MRNs look like "
              "RH####### - you will never type a real one in class.", sig(a)]
    return (M(a, learners, "Registration 201 - pre-class setup", blocks, cc=[staff("", "Training Coordinator", "Learning & Development")]),
            "EHR training e-mail assigning fictional ZZTEST training personas labelled as made-up test patients")


@sc("template")
def t_hl7_spec(c):
    a = staff("", "Integration Engineer", "IT - Interfaces")
    v = ext_person("imaging", "", "Interface Analyst")
    segs = ["MSH|^~\\&|RH_EPIC|RIVERSIDE|LSI_RIS|LAKESHORE|<YYYYMMDDHHMMSS>||ADT^A04^ADT_A01|<CONTROL_ID>|T|2.5.1",
            "EVN|A04|<YYYYMMDDHHMMSS>",
            "PID|1||<MRN>^^^RH^MR||<LAST>^<FIRST>^<MIDDLE>||<YYYYMMDD>|<SEX>|||<STREET>^^<CITY>^<ST>^<ZIP>||<PHONE>",
            "PV1|1|O|<DEPT>^^^RMC||||<ATTENDING_NPI>^<ATTENDING_LAST>^<ATTENDING_FIRST>",
            "IN1|1|<PLAN_ID>|<PAYER_ID>|<PAYER_NAME>|||||||||||<SUBSCRIBER_LAST>^<SUBSCRIBER_FIRST>|<REL>||||||||||||||||||<MEMBER_ID>"]
    blocks = [f"Hi {v.first},", "Per our call, attached is the annotated A04 layout we will send to your RIS in the "
              "TEST lane. Every field is a placeholder token in angle brackets; MSH-11 is T so your engine routes it "
              "to test. Field notes:",
              ("table", ["Segment-field", "Content", "Notes"],
               [["PID-3", "<MRN>^^^RH^MR", "Riverside MRN, 'RH' + 7 digits, assigning authority RH"],
                ["PID-5", "<LAST>^<FIRST>^<MIDDLE>", "XPN, no suffix"],
                ["PID-7", "<YYYYMMDD>", "DOB, date only"],
                ["PV1-7", "<ATTENDING_NPI>^...", "10-digit NPI"],
                ["IN1-36", "<MEMBER_ID>", "Policy number as on card"]]),
              "Once your side parses the template we'll push synthetic messages from our test harness.", sig(a)]
    return (M(a, [v], "A04 layout for LSI interface (TEST lane)", blocks, attachments=[att_hl7("ADT_A04_layout_TEMPLATE.hl7", segs)]),
            "HL7 ADT interface spec whose PID/IN1 segments hold <MRN>/<LAST>^<FIRST> placeholder tokens only")


@sc("template")
def t_csv_import_spec(c):
    a = staff("", "Data Analyst, Population Health", "Population Health")
    v = ext_person("hie", "", "Onboarding Specialist")
    rows = [["mrn", "last_name", "first_name", "dob", "sex", "zip", "member_id", "pcp_npi", "last_visit_date"],
            ["<RH + 7 digits>", "<last>", "<first>", "<YYYY-MM-DD>", "<F|M|X|U>", "<5 digits>", "<RHP + 9 digits>",
             "<10 digits>", "<YYYY-MM-DD>"],
            ["RH#######", "DOE", "JANE", "1900-01-01", "F", "00000", "RHP#########", "0000000000", "1900-01-01"]]
    blocks = [f"Hi {v.first},", "Here is the column layout for the monthly roster file we'll SFTP starting in April. "
              "Row 2 describes each field; row 3 is the dummy placeholder row your validator asked for (all zeros / "
              "DOE / 1900 dates so it can never match a person). The production file will not come by e-mail.",
              ("list", ["Delimiter: comma; text qualifier: double quote; UTF-8, CRLF line ends",
                        "File name: RH_ROSTER_YYYYMM.csv", "Expected volume: ~180,000 rows"]),
              sig(a)]
    return (M(a, [v], "Roster file layout", blocks, attachments=[att_csv("RH_ROSTER_layout_spec.csv", rows)]),
            "CSV import specification with a field-description row and an all-placeholder dummy row")


@sc("template")
def t_mailchimp_portal(c):
    a = staff("", "Content Strategist", "Marketing & Communications")
    b = staff("", "Director, Digital Experience", "Marketing & Communications")
    html = ('<!doctype html>\n<html>\n<body style="font-family:Arial">\n'
            '<p>Hi *|FNAME|*,</p>\n<p>Managing your care just got easier. With the RiversideConnect app you can '
            'message your care team, see test results as soon as they are released, pay bills and check in before '
            'your visit.</p>\n<p><a href="*|PORTAL_SIGNUP_URL|*">Create your account</a> in about 3 minutes.</p>\n'
            '<p style="font-size:11px">*|LIST:ADDRESSLINE|*<br>\n<a href="*|UNSUB|*">Unsubscribe</a> | '
            '<a href="*|UPDATE_PROFILE|*">Update preferences</a></p>\n</body>\n</html>\n')
    blocks = [f"{b.first},", "Template for the portal sign-up push is attached (Mailchimp merge tags; *|FNAME|* "
              "defaults to \"there\"). It goes to the community newsletter list only.", sig(a)]
    return (M(a, [b], "Portal sign-up template", blocks, attachments=[att_html("portal_signup_template.html", html)]),
            "Mailchimp *|FNAME|*/*|UNSUB|* HTML template attachment for a generic portal sign-up campaign")


@sc("template")
def t_sms_velocity(c):
    a = staff("", "Systems Analyst", "IT - Patient Engagement")
    v = ext_person("it", "", "Implementation Consultant")
    msgs = [("APPT_REMINDER_48H", "Hi $patient_first_name, reminder: $clinic_name on $appt_date at $appt_time. "
             "Reply C to confirm or R to reschedule."),
            ("APPT_REMINDER_2H", "$patient_first_name, see you soon at $clinic_address. Parking: $parking_note"),
            ("NO_SHOW_FOLLOWUP", "Hi $patient_first_name, we missed you today. Call $clinic_phone to reschedule."),
            ("WAITLIST_OFFER", "An earlier time opened on ${offer_date} at ${offer_time}. Reply Y within ${ttl_minutes} min.")]
    blocks = [f"Hi {v.first},", "Final SMS template strings for the go-live. Variables use the $name / ${name} "
              "syntax your engine expects. Character counts include the longest expected substitution.",
              ("table", ["Template ID", "Text", "Max chars"], [[k, t, str(len(t) + 40)] for k, t in msgs]),
              "Opt-out keyword STOP is appended by your platform, so it's not in the strings.", sig(a)]
    return (M(a, [v], "SMS template strings - final", blocks),
            "SMS reminder templates with $patient_first_name/$appt_date placeholders for a vendor build")


@sc("template")
def t_prior_auth_letter(c):
    a = staff("RN, CCM", "Prior Authorization Nurse Lead", "Revenue Cycle - Prior Authorization")
    team = [staff("", "Authorization Specialist", "Revenue Cycle - Prior Authorization") for _ in range(2)]
    txt = ("LETTER OF MEDICAL NECESSITY - TEMPLATE (do not send with angle brackets)\n\n"
           "Date: <DATE>\nTo: <PAYER NAME> Utilization Review\nRe: <PATIENT NAME>   DOB: <DATE OF BIRTH>   "
           "Member ID: <MEMBER ID>\nService requested: <SERVICE> (<CPT CODE>)   Diagnosis: <ICD-10-CM CODE - DESCRIPTION>\n\n"
           "I am writing on behalf of my patient, <PATIENT NAME>, to request authorization for <SERVICE>. "
           "<Summarize history, prior treatments tried and failed with dates, and current findings.>\n\n"
           "Based on <GUIDELINE / CRITERIA>, this service is medically necessary because <RATIONALE>.\n\n"
           "Sincerely,\n______________________________\n<PROVIDER NAME>, <CREDENTIALS>   NPI: __________\n")
    blocks = ["Team,", "Several letters went out last month with the <ANGLE BRACKET> prompts still in them. Please "
              "use the updated template below and read the final PDF before faxing. The blank NPI line is on "
              "purpose - the provider fills it in when signing.", ("pre", txt), sig(a)]
    return (M(a, team, "LMN template - please use this version", blocks),
            "Letter-of-medical-necessity template with <PATIENT NAME>/<DATE OF BIRTH>/<MEMBER ID> prompts only")


@sc("template")
def t_hf_discharge_template(c):
    a = staff("MSN, RN", "Nurse Educator, Cardiac Services", "Nursing Education")
    com = [staff("RN", "Charge Nurse", "Telemetry") for _ in range(2)] + [Prov("Cardiology")]
    blocks = ["Committee members,", "Draft 3 of the heart failure discharge instruction template is below for "
              "Friday's vote. Items in [square brackets] auto-populate from the discharge navigator.",
              ("h", "Going Home with Heart Failure - [Patient Name]"),
              ("list", ["Weigh yourself every morning after urinating and before breakfast. Your dry weight: "
                        "[Discharge Weight] lb.",
                        "Call [Clinic Name] at [Clinic Phone] if you gain more than 2 lb in a day or 5 lb in a week.",
                        "Limit sodium to 2,000 mg a day and fluids to [Fluid Limit] per day.",
                        "Your medicines: [Discharge Medication List].",
                        "Follow-up: [Follow-up Appointment Date/Time] with [Follow-up Provider]."]),
              "Teach-back prompts and the zone tool (green/yellow/red) stay on page 2 as before.", sig(a)]
    return (M(a, com, "HF discharge template - draft 3", blocks, style=R.choice(["html", "alt", "qp"])),
            "Heart-failure discharge instruction template with [Patient Name]/[Discharge Weight] placeholders")


@sc("template")
def t_json_schema_prereg(c):
    a = staff("", "Software Engineer", "IT - Digital Front Door")
    b = staff("", "QA Analyst", "IT - Digital Front Door")
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "PreRegistration",
              "type": "object", "required": ["legalName", "dateOfBirth", "address"],
              "properties": {
                  "legalName": {"type": "object", "properties": {"given": {"type": "string"}, "family": {"type": "string"}},
                                "examples": [{"given": "Sample", "family": "Patient"}]},
                  "dateOfBirth": {"type": "string", "format": "date", "examples": ["YYYY-MM-DD"]},
                  "ssn": {"type": "string", "pattern": "^[0-9]{3}-[0-9]{2}-[0-9]{4}$", "examples": ["XXX-XX-XXXX"],
                          "description": "Optional; masked after entry"},
                  "address": {"type": "object", "properties": {"line1": {"type": "string"}, "city": {"type": "string"},
                                                               "state": {"type": "string", "maxLength": 2},
                                                               "postalCode": {"type": "string", "pattern": "^[0-9]{5}$"}}},
                  "coverage": {"type": "object", "properties": {"payerName": {"type": "string"},
                                                                "memberId": {"type": "string", "examples": ["<as printed on card>"]}}},
                  "reasonForVisit": {"type": "string", "maxLength": 280}}}
    blocks = [f"{b.first},", "Schema for the pre-registration form is attached (v0.9). Use the 'examples' values only "
              "as UI hints; the test fixtures in the repo are generated from it. Known gaps: no guarantor block yet.",
              sig(a)]
    return (M(a, [b], "Pre-reg JSON schema v0.9", blocks, attachments=[att_json("preregistration.schema.json", schema)]),
            "JSON schema for an online pre-registration form; example values are 'Sample Patient'/'XXX-XX-XXXX'")


@sc("template")
def t_blank_ccda(c):
    a = staff("", "Interoperability Analyst", "Health Information Management")
    v = ext_person("hie", "", "Technical Onboarding")
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc">\n'
           '  <!-- SKELETON ONLY: every value below is a placeholder token -->\n'
           '  <realmCode code="US"/>\n  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>\n'
           '  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>\n'
           '  <id root="{{document.uuid}}"/>\n'
           '  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summary of episode note"/>\n'
           '  <title>Continuity of Care Document</title>\n  <effectiveTime value="{{document.timestamp}}"/>\n'
           '  <recordTarget>\n    <patientRole>\n      <id extension="{{patient.mrn}}" root="2.16.840.1.113883.3.9999.1"/>\n'
           '      <addr use="HP"><streetAddressLine>{{patient.street}}</streetAddressLine><city>{{patient.city}}</city>'
           '<state>{{patient.state}}</state><postalCode>{{patient.zip}}</postalCode></addr>\n'
           '      <patient>\n        <name use="L"><given>{{patient.given}}</given><family>{{patient.family}}</family></name>\n'
           '        <administrativeGenderCode code="{{patient.sex}}" codeSystem="2.16.840.1.113883.5.1"/>\n'
           '        <birthTime value="{{patient.dob}}"/>\n      </patient>\n    </patientRole>\n  </recordTarget>\n'
           '  <component><structuredBody>\n    <component><section>\n'
           '      <templateId root="2.16.840.1.113883.10.20.22.2.5.1"/>\n'
           '      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>\n'
           '      <text>{{#each problems}}{{this.display}} ({{this.icd10}}){{/each}}</text>\n'
           '    </section></component>\n  </structuredBody></component>\n</ClinicalDocument>\n')
    blocks = [f"Hi {v.first},", "As requested, our CCD skeleton with the Handlebars tokens we fill at render time. "
              "It validates against the 2.1 schematron once tokens are replaced with synthetic values.", sig(a)]
    return (M(a, [v], "CCD skeleton for onboarding", blocks, attachments=[att_xml("CCD_skeleton_tokens.xml", xml)]),
            "Blank C-CDA skeleton XML with {{patient.given}}/{{patient.mrn}} tokens; no patient")


@sc("template")
def t_fax_cover(c):
    a = staff("", "HIM Release of Information Specialist", "Health Information Management")
    team = [staff("", "Medical Records Clerk", "Health Information Management") for _ in range(2)]
    lines = [("h", "RIVERSIDE HEALTH - FACSIMILE COVER SHEET"), ("rule", ""),
             "To: ________________________________   Fax: (___) ___-____",
             "From: ______________________________   Phone: (___) ___-____",
             "Date: __/__/____        Number of pages (including cover): ____",
             "Patient: ____________________________   DOB: __/__/____",
             "Re: [ ] Records request  [ ] Referral  [ ] Results  [ ] Other: ____________", ("rule", ""),
             ("b", "CONFIDENTIALITY NOTICE"),
             "The documents accompanying this facsimile may contain protected health information that is",
             "legally privileged. If you are not the intended recipient, you are hereby notified that any",
             "disclosure, copying, or distribution is strictly prohibited. Please call the sender to arrange",
             "return or destruction of the documents."]
    blocks = ["All,", "New fax cover sheet attached - the old one was missing the page-count line, which the "
              "auditors flagged. Use this version for every outgoing fax starting Monday.", sig(a)]
    return (M(a, team, "New fax cover sheet", blocks,
              attachments=[att_pdf("Fax_Cover_Sheet_HIM_2024.pdf", lines, flate=False, date=c.d)]),
            "Blank fax cover sheet PDF with Patient: ____ / DOB: __/__/____ lines and a PHI confidentiality notice")


@sc("template")
def t_survey_template(c):
    a = staff("", "Patient Experience Analyst", "Patient Experience")
    b = staff("MHA", "Director, Patient Experience", "Patient Experience")
    blocks = [f"{b.first},", "Draft of the post-visit survey invitation. {FirstName} and {VisitDate} are the vendor's "
              "tokens; the rest is static.",
              ("pre", "Hi {FirstName},\n\nThank you for choosing Riverside Health on {VisitDate}. We'd value 3 minutes "
                      "of your time to tell us how we did.\n\n"
                      "  1. How easy was it to schedule?        1 2 3 4 5\n"
                      "  2. Did staff explain things clearly?   1 2 3 4 5\n"
                      "  3. Would you recommend this clinic?    0 1 2 ... 10\n\n"
                      "{SurveyLink}\n\nYour answers are confidential and are reported only in groups."),
              "Survey vendor asked us to keep the subject line under 50 characters - suggestions welcome.", sig(a)]
    return (M(a, [b], "Survey invite draft", blocks),
            "Patient-experience survey template with {FirstName}/{VisitDate} tokens and Likert items")


@sc("template")
def t_roi_authorization_html(c):
    a = staff("RHIT", "ROI Supervisor", "Health Information Management")
    b = staff("", "Web Content Editor", "Marketing & Communications")
    html = ("<!DOCTYPE html>\n<html>\n<head><meta charset=\"utf-8\"><title>Authorization to Release</title></head>\n<body>\n"
            "<h2>Authorization for Release of Protected Health Information</h2>\n"
            "<p>I, ______________________________ (patient name), date of birth ___/___/______, authorize Riverside "
            "Health to release the information checked below to:</p>\n"
            "<p>Name/organization: ______________________________<br>Address: ______________________________</p>\n"
            "<p>&#9744; Discharge summary &nbsp; &#9744; Lab results &nbsp; &#9744; Imaging reports &nbsp; "
            "&#9744; Entire record &nbsp; &#9744; Other: __________</p>\n"
            "<p>Purpose: &#9744; Continuing care &nbsp; &#9744; Insurance &nbsp; &#9744; Legal &nbsp; &#9744; Personal</p>\n"
            "<p>This authorization expires on ___/___/______ or one year from signing.</p>\n"
            "<p>Signature: ______________________________ &nbsp; Date: ___/___/______</p>\n</body>\n</html>\n")
    blocks = [f"Hi {b.first},", "Please replace the fillable authorization on the Medical Records page with the "
              "attached HTML version (it prints on one page). The old PDF link can redirect to it.", sig(a)]
    return (M(a, [b], "ROI authorization form for the website", blocks,
              attachments=[att_html("release-authorization-form.html", html)]),
            "Blank HIPAA release-authorization form (HTML attachment) with ____ name/DOB lines")


@sc("template")
def t_abn_john_q_public(c):
    a = staff("CPC", "Revenue Integrity Educator", "Revenue Integrity")
    team = [staff("", "Patient Access Representative", "Outpatient Registration") for _ in range(3)]
    blocks = ["Hi everyone,", "Reminder from Tuesday's ABN huddle. The slide with the completed example uses the classic "
              "placeholder name \"John Q. Public\" - it's an illustration of where things go, not a real beneficiary:",
              ("kv", [("A. Notifier", "Riverside Health Outpatient Lab, 100 Main St"),
                      ("B. Patient Name", "John Q. Public (EXAMPLE)"),
                      ("C. Identification Number", "leave blank or use the internal account # - never the Medicare number"),
                      ("D. Items/services", "Lab test: Vitamin D, 25-hydroxy"), ("E. Reason Medicare may not pay", "Frequency limits"),
                      ("F. Estimated cost", "$45.00")]),
              "Remember: the option box (G) must be checked by the beneficiary, not by us, and the form must be "
              "given before the service. Questions go to the Revenue Integrity inbox.", sig(a)]
    return (M(a, team, "ABN example from huddle", blocks),
            "ABN training example using the placeholder 'John Q. Public' marked EXAMPLE; no real beneficiary")


@sc("template")
def t_coding_quiz_sample(c):
    a = staff("CCS, CDIP", "Coding Educator", "HIM - Coding")
    coders = [staff("CCS", "Inpatient Coder", "HIM - Coding") for _ in range(3)]
    blocks = ["Coders,", "This month's practice case uses a fictional sample patient (\"Sample, Test\") built for "
              "training - no chart behind it. Answers due in the LMS by the 20th.",
              ("pre", "PRACTICE CASE 7 - SAMPLE PATIENT (FICTIONAL)\n"
                      "Sample, Test - 67-year-old male (illustrative only)\n"
                      "Admitted with acute on chronic systolic heart failure; history of type 2 diabetes with\n"
                      "diabetic CKD stage 3a and long-term insulin use.\n\n"
                      "Q1. Principal diagnosis?\nQ2. Secondary diagnoses (list all)?\nQ3. Does CKD stage change the MS-DRG?"),
              "Hint: remember the \"with\" convention for diabetes and CKD.", sig(a)]
    return (M(a, coders, "Coding practice case 7", blocks),
            "Coding quiz built around a fictional 'Sample, Test' practice patient clearly labelled illustrative")


@sc("template")
def t_quick_parts(c):
    a = staff("", "Call Center Supervisor", "Central Scheduling")
    team = [staff("", "Scheduling Specialist", "Central Scheduling") for _ in range(4)]
    parts = [("NEWPT-WELCOME", "Hi [First Name], thanks for calling Riverside Health! Your new-patient paperwork "
              "is at riversidehealth.example/forms. Please bring your insurance card and photo ID."),
             ("MRI-PREP", "Hi [First Name], before your MRI please remove all metal and complete the screening form. "
              "Arrive [XX] minutes early at [Location]."),
             ("VOICEMAIL-CB", "Hello, this is [Your Name] from Riverside Health scheduling returning your call. Please "
              "call us back at (614) 555-0100, option 2.")]
    blocks = ["Team,", "Updated Outlook Quick Parts are below. Copy each into Insert > Quick Parts > Save Selection. "
              "Brackets must be replaced before sending - QA will audit 10 sent e-mails per person next week.",
              ("table", ["Quick Part", "Text"], [list(x) for x in parts]),
              "Never put a diagnosis or test reason in a scheduling e-mail; keep it to date/time/location.", sig(a)]
    return (M(a, team, "Updated Quick Parts", blocks, style=R.choice(["html", "alt"])),
            "Scheduler e-mail snippets with [First Name]/[Location] placeholders; no patient")


@sc("template")
def t_underscore_intake_pdf(c):
    a = staff("LCSW", "Clinical Manager", "Riverside Behavioral Health - Elm Street")
    team = [staff("", "Intake Coordinator", "Riverside Behavioral Health - Elm Street") for _ in range(2)]
    lines = [("h", "BEHAVIORAL HEALTH INTAKE QUESTIONNAIRE"), ("s", "Complete before your first visit. Form BH-12 (2024)"),
             ("rule", ""), "Name: _____________________________  Preferred name: ____________  Pronouns: ______",
             "Date of birth: ____/____/________   Phone: (____) ____-______",
             "What brings you in today? ___________________________________________________",
             "______________________________________________________________________________",
             "Over the last 2 weeks, how often have you been bothered by:",
             "  Little interest or pleasure in doing things      0  1  2  3",
             "  Feeling down, depressed, or hopeless             0  1  2  3",
             "  Feeling nervous, anxious, or on edge              0  1  2  3",
             "Current medications: __________________________________________________",
             "Primary care provider: ______________________  May we contact them? [ ] Yes [ ] No",
             ("rule", ""), "Signature: _____________________   Date: ____/____/________"]
    blocks = ["Hi both,", "Attached is the final BH-12 intake questionnaire for the new Elm Street workflow - "
              "PHQ-2 and GAD-2 items are now on page 1. Please print a stack for the waiting room.", sig(a)]
    return (M(a, team, "BH-12 intake form final", blocks,
              attachments=[att_pdf("BH-12_intake_questionnaire.pdf", lines, flate=True, date=c.d)]),
            "Blank behavioral-health intake questionnaire PDF (underscore lines, PHQ-2/GAD-2 items)")


# =============================================================================================
# NEGATIVE: id_shaped (identifier-shaped numbers that identify no patient)
# =============================================================================================
def po_number():
    return "45" + digits(8, "0123456789")


@sc("id_shaped")
def i_po_ack(c):
    v = ext_person("supply", "", "Customer Service Representative")
    buyer = staff("", "Buyer II", "Supply Chain")
    order = ssn_shaped()
    po = po_number()
    items = [("2426-0007", "IV pump tubing set, 20 drop, non-vented", "CS/48", 6, 212.40),
             ("MS-70413", "Exam glove nitrile, medium, powder-free", "CS/1000", 40, 61.15),
             ("4109-22", "Suction canister 1500 mL w/ lid", "CS/40", 12, 98.70),
             ("BD-305106", "Syringe 10 mL Luer-Lok", "BX/100", 30, 18.25),
             ("CT-8830-1", "Chlorhexidine 2% skin prep applicator 3 mL", "CS/100", 8, 143.00)]
    rows = [[pn, d, u, str(q), f"${p:,.2f}", f"${p * q:,.2f}"] for pn, d, u, q, p in items]
    blocks = [f"Hello {buyer.first},", f"Thank you for your order. Your purchase order {po} has been received and "
              f"entered as sales order {order}.",
              ("kv", [("Customer account", f"{digits(7)}"), ("Ship-to", "Riverside Medical Center - Central Supply, Dock 3"),
                      ("Requested delivery", (c.d + dt.timedelta(days=3)).strftime("%m/%d/%Y")),
                      ("Order reference", order), ("Customer PO", po)]),
              ("table", ["Part #", "Description", "UOM", "Qty", "Unit", "Ext."], rows),
              "Backorder: none. Items ship from our Columbus DC; you will receive tracking when the order is "
              "picked.", sig(v, PARTNERS["supply"][0])]
    return (M(v, [buyer], f"Order Acknowledgement {order} / PO {po}", blocks),
            "Vendor order acknowledgement; SSN-shaped sales-order number and 10-digit PO for supplies, no patient")


@sc("id_shaped")
def i_tracking(c):
    s = role("Shipment Notifications", "no-reply", PARTNERS["ship"][1])
    rcpt = staff("", "Receiving Clerk", "Supply Chain - Receiving")
    ups = f"1Z{alnum(6)}{digits(10, '0123456789')}"
    fedex = digits(12)
    blocks = [f"Hello {rcpt.first} {rcpt.last},", "The following shipments to RIVERSIDE MEDICAL CENTER are out for delivery today:",
              ("table", ["Carrier", "Tracking number", "Reference", "Pieces", "Weight"],
               [["UPS Ground", " ".join([ups[:2], ups[2:5], ups[5:8], ups[8:10], ups[10:14], ups[14:]]), f"PO {po_number()}", "3", "41 lb"],
                ["FedEx Priority Overnight", f"{fedex[:4]} {fedex[4:8]} {fedex[8:]}", "Lab reagents - keep 2-8 C", "1", "12 lb"],
                ["UPS Next Day Air", f"1Z{alnum(6)}{digits(10, '0123456789')}", "Replacement pump batteries", "2", "9 lb"]]),
              "Delivery window: 10:30 a.m. - 2:00 p.m. Signature required for the FedEx package (temperature-controlled).",
              ("small", "This is an automated message. Replies to this address are not monitored.")]
    return (M(s, [rcpt], "Out for delivery: 3 shipments", blocks, footer=False),
            "Carrier tracking numbers (UPS 1Z..., FedEx 12-digit) for supplies; no person's health")


@sc("id_shaped")
def i_udi_recall(c):
    a = staff("RN, MSN", "Manager, Product Recall & Value Analysis", "Supply Chain")
    mgrs = [staff("RN", "Nurse Manager", u) for u in ("PACU", "Cardiac Cath Lab", "ICU")]
    gtin = "0" + digits(13, "0123456789")
    lots = [f"{R.randint(21, 24)}{R.choice('ABCDEFGHK')}{digits(4, '0123456789')}" for _ in range(3)]
    blocks = ["Nurse managers,", "Class II recall notice received from Northwind Medical Devices for the 7 Fr "
              "introducer sheath kit. Please pull and quarantine the affected lots today and tag them with the "
              "orange recall label.",
              ("table", ["Catalog", "UDI (GS1)", "Lot", "Expiry", "Qty on hand"],
               [[f"NW-7F-{R.randint(10, 99)}", f"(01){gtin}(17){R.randint(25, 27)}0{R.randint(1, 9)}30(10){lot}", lot,
                 f"20{R.randint(25, 27)}-0{R.randint(1, 9)}-30", str(R.randint(2, 30))] for lot in lots]),
              "Reason: the hemostasis valve may separate from the hub under aspiration. No action is needed for "
              "devices already used; the manufacturer is not requesting any clinical follow-up.",
              f"Return the pulled stock to Central Supply with recall # RCL-{c.d.year}-{R.randint(100, 999)}. "
              "Replacement lots arrive Thursday.", sig(a)]
    return (M(a, mgrs, "Recall - quarantine by end of day", blocks, importance="High"),
            "Device recall with UDI/GTIN, lot and expiry numbers for unit stock; no patient")


@sc("id_shaped")
def i_chargemaster_csv(c):
    a = staff("CPC, CCS-P", "Chargemaster Analyst", "Revenue Integrity")
    b = staff("", "Director, Revenue Cycle", "Revenue Cycle")
    lines = [("36415", "", "VENIPUNCTURE ROUTINE", "0300", 28.00), ("80053", "", "COMPREHENSIVE METABOLIC PANEL", "0301", 112.00),
             ("83036", "", "HEMOGLOBIN A1C", "0301", 64.00), ("85025", "", "CBC W/AUTO DIFF", "0305", 58.00),
             ("71046", "", "XR CHEST 2 VIEWS", "0324", 236.00), ("93000", "", "ECG 12 LEAD W/INTERP", "0730", 142.00),
             ("J1885", "", "KETOROLAC INJ PER 15 MG", "0636", 19.50), ("J3301", "", "TRIAMCINOLONE ACET INJ 10 MG", "0636", 22.75),
             ("96372", "", "THER/PROPH/DIAG INJ SC/IM", "0510", 96.00), ("G0008", "", "ADMIN INFLUENZA VIRUS VAC", "0771", 30.00)]
    rows = [["CDM", "CPT_HCPCS", "MOD", "DESCRIPTION", "REV_CODE", "OLD_PRICE", "NEW_PRICE", "EFFECTIVE"]]
    for cpt, mod, desc, rev, price in lines:
        rows.append([f"3{digits(7, '0123456789')}", cpt, mod, desc, rev, f"{price:.2f}", f"{price * 1.035:.2f}", "2024-07-01"])
    blocks = [f"{b.first},", "Attached are the FY25 chargemaster updates for the lab, radiology and injection lines "
              "(3.5% across-the-board, per the budget assumption). 10 lines total; the remaining 1,942 lines are unchanged.",
              "CDM numbers are our internal 8-digit charge codes. Once you approve, I'll load them to the test "
              "environment and run the claim scrubber against last month's volumes.", sig(a)]
    return (M(a, [b], "FY25 CDM price update - batch 3", blocks, attachments=[att_csv("CDM_update_batch3_FY25.csv", rows)]),
            "Chargemaster CSV with CDM charge codes, CPT/HCPCS codes, revenue codes and prices; no patient")


@sc("id_shaped")
def i_it_ticket(c):
    s = role("Riverside IT Service Desk", "servicedesk")
    u = staff("RN", "Charge Nurse", R.choice(["4 West", "6 North", "Oncology Infusion"]))
    tech = staff("", "Field Services Technician", "IT - End User Services")
    inc = f"INC00{digits(5, '0123456789')}"
    blocks = [f"Hello {u.first},", f"Your incident {inc} has been updated.",
              ("kv", [("Short description", "Workstation on wheels (WOW) will not connect to badge tap"),
                      ("Configuration item", f"WOW-{R.randint(100, 999)} / asset tag RHA-{digits(6, '0123456789')}"),
                      ("Serial number", f"5CD{digits(3)}{alnum(4)}"), ("Location", f"{u.dept}, alcove by room {R.randint(401, 460)}"),
                      ("Assigned to", tech.full), ("Related change", f"CHG00{digits(5, '0123456789')}"),
                      ("State", "Resolved - awaiting confirmation")]),
              "Work notes: replaced the RFID reader (part 82-0431-02) and re-imaged to build 23H2.14. Tap-in tested "
              f"with {tech.first}'s badge. If the issue returns, reply to this e-mail and the ticket will reopen.",
              ("small", f"Ref:MSG{digits(8, '0123456789')}")]
    return (M(s, [u], f"Incident {inc} has been resolved", blocks, footer=False),
            "Service-desk ticket, asset tag, serial and change numbers for a workstation; staff only")


@sc("id_shaped")
def i_badge_access(c):
    a = staff("", "Security Access Coordinator", "Protective Services")
    mgr = staff("RN", "Nurse Manager", "Labor & Delivery")
    people = [staff("RN", "Staff Nurse", "Labor & Delivery") for _ in range(4)]
    rows = [[p.full, f"{digits(6)}", f"00{digits(5, '0123456789')}", f"{R.choice(['7410', '7420', '7415'])}-{R.randint(100, 399)}",
             R.choice(["L&D core + OB ED", "L&D core", "L&D core + NICU corridor"])] for p in people]
    blocks = [f"{mgr.first},", "The access changes you requested are done. New hires' badges are printed and can be "
              "picked up at the Security office (B1, across from the cafeteria) with photo ID.",
              ("table", ["Name", "Badge #", "Employee ID", "Cost center", "Access group"], rows),
              "Infant-security (Hugs) doors are included in 'L&D core'. Please remind staff that badges are "
              "not to be shared.", sig(a)]
    return (M(a, [mgr], "Badge access request #" + digits(5), blocks),
            "Badge numbers, employee IDs and cost centres for new L&D staff; nothing about anyone's health")


@sc("id_shaped")
def i_invoice_remit(c):
    v = ext_person("linen", "", "Accounts Receivable")
    ap = staff("", "Accounts Payable Specialist", "Finance - Accounts Payable")
    invs = [ssn_shaped() for _ in range(3)]
    blocks = [f"Hi {ap.first},", "Our records show the following invoices as past 45 days. Could you confirm "
              "payment status or send remittance detail?",
              ("table", ["Invoice", "Invoice date", "Amount", "Ship-to"],
               [[i, (c.d - dt.timedelta(days=50 + 7 * k)).strftime("%d-%b-%Y"), f"${R.randint(3000, 19000):,}.{R.randint(0, 99):02d}",
                 R.choice(["RMC Laundry Dock", "Riverside North - EVS", "Eastbrook Clinic"])] for k, i in enumerate(invs)]),
              f"Our remit-to and vendor number (V{digits(6, '0123456789')}) are unchanged. ACH is fine.",
              sig(v, PARTNERS["linen"][0])]
    reply = [f"Hi {v.first},", f"Invoice {invs[0]} was paid on check run {digits(6)} last Friday; the other two "
             f"were held for a PO mismatch (GL 6100-{digits(4, '0123456789')}-220). I've asked purchasing to fix the PO "
             "and they'll release next run.", sig(ap)]
    return (M(ap, [v], "RE: Past due invoices", reply + [chain([prior(v, [ap], c.ago(30), "Past due invoices", blocks)])], reply=True),
            "Linen vendor invoices with SSN-shaped invoice numbers, check run and GL numbers")


@sc("id_shaped")
def i_pager_swap(c):
    a = staff("", "Telecommunications Analyst", "IT - Telecom")
    grp = [staff("MD", "Hospitalist", "Hospital Medicine") for _ in range(3)]
    rows = [[p.full, f"{R.randint(1, 9)}{digits(3, '0123456789')}", f"{digits(7)}", f"WX{digits(6, '0123456789')}"] for p in grp]
    blocks = ["Hi all,", "Your replacement pagers are ready at the Telecom office. The pager number you dial stays "
              "the same; the CAP code and serial change. Please swap by Friday - the old units stop receiving on "
              "the 1st.",
              ("table", ["Name", "Pager (4-digit)", "New CAP code", "Device serial"], rows),
              "Secure chat remains the primary path; pagers are backup for downtime.", sig(a)]
    return (M(a, grp, "Pager replacement - your new unit", blocks),
            "Pager CAP codes and device serials for hospitalists; no patient")


@sc("id_shaped")
def i_license_keys(c):
    v = ext_person("it", "", "Licensing Desk")
    a = staff("", "Software Asset Manager", "IT - Asset Management")
    keys = [mbi(dashes=True) for _ in range(2)] + [f"{alnum(5)}-{alnum(5)}-{alnum(5)}-{alnum(5)}"]
    blocks = [f"Hello {a.first},", "Your renewal is processed. Licence keys for the coming term:",
              ("table", ["Product", "Seats", "Licence key", "Term"],
               [["DictaPro Clinical 12 (speech recognition)", "350", keys[0], "07/01/2024 - 06/30/2025"],
                ["DictaPro Mobile add-on", "120", keys[1], "07/01/2024 - 06/30/2025"],
                ["ScanBridge Imaging Gateway", "4 servers", keys[2], "perpetual, maintenance to 06/30/2025"]]),
              f"Contract: BIT-{c.d.year}-{digits(4, '0123456789')}. Keys are tied to tenant ID {TENANT}.",
              sig(v, PARTNERS["it"][0])]
    return (M(v, [a], "Licence renewal confirmation", blocks),
            "Software licence keys (two shaped like an MBI, 4-3-4) for dictation software; no person or Medicare context")


@sc("id_shaped")
def i_pharmacy_lots(c):
    a = staff("PharmD", "Inventory Pharmacist", "Pharmacy")
    techs = [staff("CPhT", "Pharmacy Technician", "Pharmacy") for _ in range(2)]
    drugs = [("vancomycin 1 g vial", "0409-6509-01"), ("piperacillin-tazobactam 3.375 g vial", "60505-0771-4"),
             ("heparin 5,000 units/mL 1 mL vial", "63323-0262-01"), ("ondansetron 4 mg/2 mL vial", "0641-6078-25"),
             ("enoxaparin 40 mg/0.4 mL syringe", "0955-1016-10")]
    rows = [[d, ndc, f"{alnum(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(4, '0123456789')}", f"{R.randint(1, 12):02d}/{c.d.year + 1}",
             f"ADC {R.choice(['3W-02', '4E-01', 'ED-03', 'PACU-01', 'ICU-02'])}", str(R.randint(4, 60))] for d, ndc in drugs]
    blocks = ["Techs,", "Short-dated stock sweep for this week - pull these lots from the automated dispensing cabinets "
              "listed and bring them to the main pharmacy for redistribution.",
              ("table", ["Drug", "NDC", "Lot", "Exp", "Location", "Qty"], rows),
              "Document the pull in the cabinet as 'return to pharmacy' (reason code RT-EXP).", sig(a)]
    return (M(a, techs, "Short-dated sweep", blocks),
            "Pharmacy inventory: NDC, lot, expiry and cabinet numbers for drugs; no patient")


@sc("id_shaped")
def i_bed_renumber(c):
    a = staff("", "Project Manager", "Facilities Planning")
    lst = [staff("", "Director", d) for d in ("Patient Placement", "Environmental Services", "IT - Clinical Applications")]
    rows = [[f"5W-{n:02d}{b}", f"5W-5{n:03d}{'A' if b == 'A' else 'B'}", R.choice(["Private", "Semi-private"])]
            for n, b in [(12, "A"), (12, "B"), (14, "A"), (15, "A"), (16, "A"), (16, "B")]]
    blocks = ["All,", "As part of the 5 West renovation, room and bed identifiers change on the cut-over date "
              f"({(c.d + dt.timedelta(days=21)):%m/%d/%Y} 0200). The crosswalk:",
              ("table", ["Old bed ID", "New bed ID", "Room type"], rows),
              "Placement should avoid assigning the affected beds after 2200 the night before. EVS will re-label "
              "the doors and headwalls; IT will update the bed board, nurse call and RTLS maps.", sig(a)]
    return (M(a, lst, "5 West bed ID crosswalk", blocks),
            "Room/bed identifier crosswalk for a unit renovation; no patient")


@sc("id_shaped")
def i_room_booking(c):
    s = role("Conference Center Bookings", "roombookings")
    u = staff("", "Administrative Assistant", "Office of the CMO")
    d0 = c.days(9, 13)
    conf = f"{digits(4)} {digits(4, '0123456789')} {digits(2, '0123456789')}"
    blocks = [f"Dear {u.first},", "Your booking is confirmed.",
              ("kv", [("Confirmation", conf), ("Room", "Pavilion B, Rooms 2 & 3 (combined)"),
                      ("Date", f"{d0:%Y-%m-%d} ({d0:%d-%b-%y} / {d0:%d.%m.%Y})"),
                      ("Time", f"{d0:%H%M}-{(d0 + dt.timedelta(hours=3)):%H%M} (set-up from {(d0 - dt.timedelta(minutes=30)):%I:%M %p})"),
                      ("ISO start", f"{d0:%Y%m%dT%H%M%S}"), ("Catering order", f"CAT-{digits(5)}"),
                      ("AV request", f"AV{digits(6, '0123456789')}")]),
              "Cancellation is free until 48 hours before the start time.",
              ("small", "Riverside Health Conference Center | Building C, Level 1")]
    return (M(s, [u], f"Booking confirmed #{conf.replace(' ', '')}", blocks, footer=False),
            "Conference-room booking confirmation; dates in several formats and confirmation/catering numbers")


@sc("id_shaped")
def i_gl_reclass(c):
    a = staff("CPA", "Senior Accountant", "Finance - General Ledger")
    b = staff("", "Business Manager", "Heart & Vascular Service Line")
    je = f"JE-{str(c.d.year)[2:]}-{digits(5, '0123456789')}"
    rows = [["1000-61-4402", "7420 Cardiac Cath Lab", "Supplies - implants", "", "48,310.22"],
            ["1000-61-4402", "7425 Electrophysiology Lab", "Supplies - implants", "48,310.22", ""],
            ["1000-62-5110", "7420 Cardiac Cath Lab", "Purchased services", "", "6,200.00"],
            ["1000-62-5110", "7410 Cardiology Clinic", "Purchased services", "6,200.00", ""]]
    blocks = [f"Hi {b.first},", f"I posted the reclass you asked for as {je}. Lines:",
              ("table", ["Account", "Cost centre", "Description", "Debit", "Credit"], rows),
              "The implant spend was coded to the cath lab but the loop recorders were EP's. Period: "
              f"{MONTHS[(c.d.month - 2) % 12]} close. Let me know if the variance report still looks off.", sig(a)]
    return (M(a, [b], f"Reclass posted - {je}", blocks),
            "Journal entry with GL account strings and cost-centre numbers; no patient")


@sc("id_shaped")
def i_biomed_pm(c):
    a = staff("CBET", "Biomedical Equipment Technician", "Clinical Engineering")
    m = staff("RN", "Nurse Manager", "Medical ICU")
    rows = [[R.choice(["Infusion pump", "Infusion pump", "Syringe pump", "Defibrillator", "Ventilator", "Patient monitor"]),
             f"BME-{digits(5, '0123456789')}", f"{digits(8)}", f"{R.randint(1, 12):02d}/{c.d.year}",
             R.choice(["Due", "Overdue", "Due"])] for _ in range(6)]
    blocks = [f"Hi {m.first},", "Preventive maintenance is due on the following MICU equipment. We'd like to swap "
              "them with loaners on Tuesday morning - can you have the charge nurse tag them?",
              ("table", ["Device", "Asset #", "Serial", "PM month", "Status"], rows),
              "Anything in use on a patient stays put; we'll catch it next round.", sig(a)]
    return (M(a, [m], "MICU PM due list", blocks),
            "Biomed asset and serial numbers with PM due dates for ICU devices; no patient identified")


@sc("id_shaped")
def i_ndc_price_list(c):
    v = ext_person("wholesale", "", "Account Manager")
    a = staff("PharmD, MBA", "Pharmacy Buyer", "Pharmacy")
    meds = [("Apixaban 5 mg tab 60", "00003-0894-21"), ("Atorvastatin 40 mg tab 90", "00093-5058-98"),
            ("Insulin glargine 100 u/mL 10 mL", "00088-2220-33"), ("Enoxaparin 40 mg/0.4 mL 10 syr", "00075-0624-40"),
            ("Albuterol HFA 90 mcg 200 inh", "00173-0682-20"), ("Ondansetron 4 mg ODT 30", "00093-7477-56"),
            ("Metformin 1000 mg tab 100", "00378-0233-01"), ("Semaglutide 1 mg/0.75 mL pen", "00169-4136-02")]
    rows = [["NDC11", "Description", "WAC", "Contract price", "Change"]]
    for d, n in meds:
        w = R.uniform(8, 900)
        rows.append([n, d, f"{w:.2f}", f"{w * R.uniform(0.55, 0.92):.2f}", R.choice(["+2.0%", "0.0%", "-4.1%", "+5.0%", "0.0%"])])
    blocks = [f"Hi {a.first},", "Attached is the July price file for your GPO tier. Highlights: two insulin "
              "presentations dropped under the new list-price reductions; ondansetron ODT moves to a new "
              "source. Contract #KBP-GPO-7741.", sig(v, PARTNERS["wholesale"][0])]
    return (M(v, [a], "July price file", blocks, attachments=[att_csv("KBPD_price_file_July.csv", rows)]),
            "Wholesaler NDC price list CSV (NDC-11, WAC, contract price); no patient")


@sc("id_shaped")
def i_travel(c):
    s = role("Travel Desk", "travel")
    u = staff("DNP, RN", "Director of Nursing Practice", "Nursing Administration")
    d0 = c.days(20, 7)
    blocks = [f"{u.first},", "Your trip to the AONL conference is booked.",
              ("kv", [("Airline record locator", alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ")),
                      ("E-ticket", f"0{digits(12, '0123456789')}"), ("Flight", f"AA {R.randint(1000, 2999)} CMH-ORD {d0:%d%b %H%M}".upper()),
                      ("Hotel confirmation", digits(9)), ("Registration ID", f"AONL{str(c.d.year)[2:]}-{digits(5, '0123456789')}"),
                      ("Expense report", f"ER-{digits(7, '0123456789')} (cost centre 8010-100)")]),
              "Per diem applies to the two conference days only. Please submit receipts within 30 days.", sig(s)]
    return (M(s, [u], "Travel itinerary - AONL", blocks),
            "Travel booking record locator, e-ticket, hotel and expense numbers for a staff member")


@sc("id_shaped")
def i_kronos(c):
    a = staff("", "Timekeeping Specialist", "Human Resources - Payroll")
    mgr = staff("", "Manager", "Environmental Services")
    ppl = [staff("", "EVS Technician", "Environmental Services") for _ in range(5)]
    start = c.d - dt.timedelta(days=c.d.weekday() + 14)
    rows = [[p.full, f"1{digits(5, '0123456789')}", f"{digits(6)}", R.choice(["Missed punch 3/02 OUT", "Badge reissued", "Missed punch IN", "Clock 7 not reading badge"])] for p in ppl]
    blocks = [f"{mgr.first},", f"Exceptions for pay period {start:%m/%d/%Y}-{(start + dt.timedelta(days=13)):%m/%d/%Y} that need "
              "your approval before Monday noon:",
              ("table", ["Employee", "Employee ID", "Badge #", "Exception"], rows),
              "Reissued badges have new badge numbers but the same employee ID.", sig(a)]
    return (M(a, [mgr], "Timecard exceptions - approval needed", blocks),
            "Timekeeping exceptions with employee IDs and badge numbers for EVS staff; no health info")


@sc("id_shaped")
def i_rfp(c):
    a = staff("CPSM", "Strategic Sourcing Manager", "Supply Chain")
    vs = [ext_person("device", "", "Sales Director"), ext_person("supply", "", "Contracts Manager")]
    rfp = f"RFP-{c.d.year}-0{R.randint(10, 99)}"
    blocks = ["Good afternoon,", f"Addendum 2 to {rfp} (Patient Monitoring Consumables) is attached in the portal. "
              "Answers to bidder questions:",
              ("olist", [f"Q: Is the incumbent contract (# {digits(4)}-{digits(4, '0123456789')}-01) co-terminous with the GPO agreement? A: Yes.",
                         f"Q: What is the annual SpO2 sensor volume? A: approximately {R.randint(80, 140)},000 units.",
                         "Q: Can vendors bid partial categories? A: Yes, by line item.",
                         f"Q: Supplier portal ID format? A: V + 6 digits (yours is V{digits(6, '0123456789')})."]),
              f"Proposals are due {(c.d + dt.timedelta(days=18)):%B %d, %Y} at 3:00 p.m. ET.", sig(a)]
    return (M(a, vs, f"{rfp} Addendum 2", blocks),
            "Sourcing RFP, contract and vendor ID numbers for monitoring consumables")


@sc("id_shaped")
def i_lab_qc_lots(c):
    a = staff("MLS(ASCP)", "Chemistry Lead Technologist", "Laboratory - Core Chemistry")
    techs = [staff("MLT(ASCP)", "Medical Lab Technician", "Laboratory - Core Chemistry") for _ in range(3)]
    blocks = ["Chem team,", "New lots go into use Monday 0600 after parallel testing passed:",
              ("table", ["Material", "Lot", "Exp", "Analyzer"],
               [["HbA1c reagent", f"{R.randint(23, 24)}A{digits(3, '0123456789')}-{R.randint(1, 9)}", f"{c.d.year + 1}-0{R.randint(1, 9)}-30", f"c513 SN {digits(4)}-{digits(4, '0123456789')}"],
                ["Lipid control Level 1", digits(5), f"{c.d.year}-11-30", "c702 A/B"],
                ["Lipid control Level 2", digits(5), f"{c.d.year}-11-30", "c702 A/B"],
                ["hs-Troponin T calibrator", f"{digits(6)}", f"{c.d.year + 1}-02-28", "e801 #2"]]),
              "Means and SDs for the new control lots are loaded in the QC software; the first 20 runs are "
              "provisional. Levey-Jennings charts reset automatically.", sig(a)]
    return (M(a, techs, "New reagent and control lots Monday", blocks),
            "Lab reagent/control lot numbers and analyzer serials; no patient results")


@sc("id_shaped")
def i_telecom(c):
    a = staff("", "Voice Engineer", "IT - Telecom")
    lst = [staff("", "Practice Manager", f) for f in ("Stonebridge Primary Care", "Fairhaven Urgent Care")]
    blocks = ["Hello,", "Your sites move to the new cloud phone system next week. Your main numbers don't change; "
              "internal extensions become 5 digits.",
              ("table", ["Site", "Main number", "Old ext range", "New ext range", "Circuit ID"],
               [["Stonebridge Primary Care", phone("614"), "2100-2139", "42100-42139", f"{R.randint(10, 99)}/KQGN/{digits(6)}/ /LGT"],
                ["Fairhaven Urgent Care", phone("740"), "3300-3325", "43300-43325", f"{R.randint(10, 99)}/KQGN/{digits(6)}/ /LGT"]]),
              f"Desk phone MACs were captured in change CHG00{digits(5, '0123456789')}. Fax lines are unaffected.", sig(a)]
    return (M(a, lst, "Phone cut-over: extensions", blocks),
            "Telecom cut-over with main numbers (555-01xx), extension ranges and circuit IDs")


@sc("id_shaped")
def i_mrn_lookalike_requisitions(c):
    a = staff("", "Inventory Control Supervisor", "Supply Chain - Materials Management")
    u = staff("RN", "Assistant Nurse Manager", "Operating Room")
    rows = [[f"RQ{digits(7, '0123456789')}", f"RHS{digits(7, '0123456789')}", d, str(q)] for d, q in
            [("Suture 3-0 Vicryl SH CR 8", 12), ("Bovie pencil w/ holster", 40), ("Laparotomy sponge 18x18", 30),
             ("Foley catheter tray 16 Fr", 25)]]
    blocks = [f"Hi {u.first},", "Following up on the OR par-level shortages. These requisitions were cut against the "
              "new storeroom (item numbers now carry the RHS prefix - Riverside Health Storeroom):",
              ("table", ["Requisition", "Storeroom item", "Description", "Qty"], rows),
              f"Lot numbers for the sutures will be on the pick ticket (format LT + 7 digits, e.g. LT{digits(7, '0123456789')}). "
              "Expected delivery to the OR core by 1400.", sig(a)]
    return (M(a, [u], "OR requisitions", blocks),
            "Requisition RQ+7 and storeroom RHS+7 item numbers that resemble but are not the RH+7 MRN shape; supplies only")


@sc("id_shaped")
def i_edi_batch(c):
    a = staff("", "EDI Analyst", "Revenue Cycle - Claims")
    b = staff("", "Supervisor, Billing Operations", "Patient Financial Services")
    ctl = digits(9, "0123456789")
    blocks = [f"{b.first},", f"Heads up - the 837P batch from last night was rejected at the 999 level. It is a "
              "structural rejection of the whole file, so no individual claim was evaluated.",
              ("kv", [("Interchange control # (ISA13)", ctl), ("Group control # (GS06)", str(int(ctl) % 100000)),
                      ("Transaction sets", f"{R.randint(300, 900)}"), ("Payer ID", f"{digits(5)}"),
                      ("Submitter ID", f"{digits(9)}"), ("Error", "IK3*CLM*22**8~ / IK5*R*5~ (segment count mismatch)")]),
              "Cause: the scrubber upgrade wrote an extra SE segment. Vendor hotfix is applied; I resubmitted as "
              f"control # {str(int(ctl) + 1).zfill(9)} at 09:12 and received a 999 accept.", sig(a)]
    return (M(a, [b], "837P batch rejected / resubmitted", blocks),
            "EDI interchange/group control numbers and payer/submitter IDs for a batch; no individual claim")


# =============================================================================================
# NEGATIVE: marketing (services promoted to the public or staff; never about the recipient's health)
# =============================================================================================
def news_sender():
    return role("Riverside Health", R.choice(["news", "community", "hello", "events"]), "news." + DOMAIN)


UNSUB = ("You are receiving this e-mail because you subscribed to Riverside Health community news at "
         "riversidehealth.example. Update your preferences or unsubscribe at any time. Riverside Health, "
         "100 Riverside Plaza, Riverside, OH 43501.")


def mk(c, subject, blocks, to=None, title=None, style=None, note=""):
    s = news_sender()
    r = to or public()
    return M(s, [r], subject, blocks + [("small", UNSUB)], style=style or R.choice(["html", "alt", "alt"]),
             html_style="portal", html_title=title or "Riverside Health", footer=False, external=False), note


@sc("marketing")
def mk_diabetes_class(c):
    r = public("F")
    d0 = c.days(16)
    return mk(c, f"{r.first}, free classes start {MONTHS[d0.month - 1]} {d0.day}",
              [f"Hi {r.first},", "Whether you're newly curious about blood sugar or have been managing it for years, "
               "our Diabetes Self-Management Education classes are open to everyone in the community - no referral "
               "needed for the free introductory session.",
               ("list", [f"Intro session: {wd_long(d0)}, 6:00-7:30 p.m., Eastbrook Clinic Community Room",
                         "Topics: reading food labels, carb counting basics, staying active, understanding A1C",
                         "Led by certified diabetes care and education specialists and a registered dietitian"]),
               "Bring a friend or family member - light, healthy snacks provided.",
               "Reserve a seat: riversidehealth.example/classes or call (614) 555-0133."],
              to=r, title="Community Classes",
              note="Newsletter greeting a named subscriber about a generic diabetes class; nothing about her health")


@sc("marketing")
def mk_flu_clinic(c):
    r = public()
    pop = c.days(12)
    sites = [("Riverside Medical Center, Atrium", "Sat 9 a.m.-1 p.m."), ("Millbrook Family Medicine", "Tue & Thu 4-7 p.m."),
             ("Fairhaven Urgent Care", "daily 8 a.m.-8 p.m."), ("Lindenfield Public Library (pop-up)", f"{MONTHS[pop.month - 1][:3]} {pop.day}, 10 a.m.-2 p.m.")]
    if 4 <= c.d.month <= 7:
        subj, lead = "Back-to-school vaccines: walk-in clinics", ("Beat the August rush! Walk-in clinics for school and "
                                                                  "college vaccines (Tdap, meningococcal, HPV) are open to anyone - most insurance accepted, "
                                                                  "and free through the Vaccines for Children program for eligible kids.")
        extra = "Sports physicals are available at the same visit at Westgate."
    else:
        subj, lead = "Walk-in flu shots", ("It's not too late: walk-in flu vaccine clinics are open to anyone 6 months and "
                                           "older - most insurance accepted, and free for anyone without coverage.")
        extra = "High-dose vaccine for adults 65+ and updated COVID-19 vaccine are available at the same visit."
    return mk(c, subj,
              [f"Dear {r.first},", lead, ("table", ["Location", "Hours"], [list(x) for x in sites]), extra,
               "No appointment needed. Wear short sleeves!"],
              to=r, title="Walk-in Vaccine Clinics",
              note="Public vaccine-clinic promotion addressed to a named subscriber; no individual health info")


@sc("marketing")
def mk_mammo_month(c):
    r = public("F")
    walk = c.days(26 - c.d.weekday())
    return mk(c, "Evening and Saturday mammograms are here",
              [f"Hi {r.first},", "Lakeview Women's Health is adding evening and Saturday screening mammogram hours "
               "at three locations. 3D mammography is standard at every site.",
               ("list", ["Women 40 and older can self-schedule a screening mammogram online - no referral needed",
                         "Most plans cover screening mammograms at no cost",
                         f"Pink Ribbon Walk: Saturday, {MONTHS[walk.month - 1][:3]}. {walk.day}, Riverside Park - register as a team"]),
               "Share this e-mail with the women in your life. Schedule at riversidehealth.example/mammo."],
              to=r, title="Lakeview Women's Health",
              note="Breast-cancer-awareness promotion of mammogram hours; generic, not a due-for-screening notice")


@sc("marketing")
def mk_cardiology_wing(c):
    r = public()
    docs = [Prov("Cardiology") for _ in range(3)]
    return mk(c, "Now open: the Harbor Point Heart & Vascular Pavilion",
              [f"Dear {r.first},", "We're proud to open the new Heart & Vascular Pavilion at Riverside Medical "
               "Center - 64,000 square feet with two hybrid operating rooms, a structural heart clinic and a "
               "cardiac rehabilitation gym open to the community.",
               "Meet some of the team: " + "; ".join(f"{d.dr} ({R.choice(['interventional cardiology', 'electrophysiology', 'heart failure', 'preventive cardiology', 'structural heart'])})" for d in docs) + ".",
               "Community open house: Sunday 1-4 p.m. - tours, free blood pressure checks and hands-only CPR demos.",
               "Learn more at riversidehealth.example/heart."],
              to=r, title="Heart & Vascular", style="html",
              note="New cardiology wing announcement naming staff physicians; marketing, no patient")


@sc("marketing")
def mk_weight_program(c):
    r = public()
    return mk(c, "Free info session: Medical Weight Management",
              [f"Hello {r.first},", "Thinking about a medically supervised approach to weight loss? Join a free, "
               "no-obligation virtual information session with our bariatric and medical weight-management team.",
               ("kv", [("When", f"{wd_long(c.days(12))}, 12:00-12:45 p.m. or 6:00-6:45 p.m."), ("Where", "Online (link sent after registration)"),
                       ("Covers", "non-surgical programs, GLP-1 medication options, sleeve gastrectomy and gastric bypass, insurance requirements")]),
               "Sessions are general education; you don't need to share any health information to attend."],
              to=r, title="Weight Management",
              note="Promotion of a weight-management info session to a named subscriber; generic")


@sc("marketing")
def mk_portal_feature(c):
    r = public("M")
    return mk(c, "New in the RiversideConnect app",
              [f"Hi {r.first},", "We've updated the RiversideConnect app with features you asked for:",
               ("list", ["Hello, Face ID: sign in faster on iPhone and Android",
                         "Pay as a guest: settle any Riverside bill without logging in",
                         "Hide-my-email: choose how the app contacts you",
                         "Proxy access: manage a child's or parent's account with their permission"]),
               "Update from the App Store or Google Play. Questions? Our portal help desk is at (614) 555-0120, 7 a.m.-7 p.m."],
              to=r, title="RiversideConnect",
              note="App-feature announcement to a named user; lists generic features, nothing about his care")


@sc("marketing")
def mk_gala(c):
    r = public()
    hon = [P(domain="mail.example") for _ in range(2)]
    return mk(c, "You're invited: Riverside Health Foundation Gala",
              [f"Dear {r.first} {r.last},", f"Please join us for the 38th annual Riverside Health Foundation Gala, "
               f"\"A Night by the River,\" on Saturday, {long_date(c.days(45))}, at the Marlow Grand Ballroom.",
               f"This year we honor {hon[0].full} and {hon[1].full}, co-chairs of the Children's Pavilion capital "
               "campaign, for a decade of community leadership.",
               "Proceeds support the new Neonatal Intensive Care Unit family suites.",
               ("kv", [("Tickets", "$250 individual / $2,500 table of ten"), ("Attire", "Black tie optional"),
                       ("RSVP", "riversidehealth.example/gala or (614) 555-0155")])],
              to=r, title="Riverside Health Foundation",
              note="Foundation gala invitation naming donors/honorees; no health information about anyone")


@sc("marketing")
def mk_health_fair_es(c):
    r = public()
    return mk(c, "Feria de salud gratuita - s\u00e1bado",
              [f"Hola {r.first},", "Lo invitamos a nuestra Feria de Salud Comunitaria, gratis y abierta a todos.",
               ("list", ["Chequeos de presi\u00f3n arterial y glucosa", "Vacunas contra la gripe (6 meses o m\u00e1s)",
                         "Informaci\u00f3n sobre seguros m\u00e9dicos y Medicaid", "Actividades para ni\u00f1os"]),
               f"Fecha: s\u00e1bado {c.days(10).day} de {['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'][c.days(10).month - 1]}, "
               "de 9:00 a 13:00. Lugar: Cl\u00ednica Riverside Eastbrook, 410 Canal St.",
               "\u00bfPreguntas? Llame al (614) 555-0147 (se habla espa\u00f1ol)."],
              to=r, title="Riverside Health", style=R.choice(["qp", "alt", "b64"]),
              note="Spanish-language community health-fair promotion to a named subscriber (UTF-8 text); generic")


@sc("marketing")
def mk_sports_physicals(c):
    r = public()
    return mk(c, "$25 sports physicals this month",
              [f"Hi {r.first},", "Westgate Orthopedics & Sports Medicine is offering $25 pre-participation sports "
               "physicals for middle- and high-school athletes through the end of the month. Forms for OHSAA and "
               "club sports are completed on site.",
               "Also new: a free Saturday injury clinic during football season - walk in for sprains, strains and "
               "bumps from Friday night games.", "Book at riversidehealth.example/sportsmed."],
              to=r, title="Westgate Sports Medicine",
              note="Sports-physicals promotion to a named parent subscriber; no child named, no health info")


@sc("marketing")
def mk_maternity_tour(c):
    s = news_sender()
    lst = role("Riverside Community News subscribers", "community-list", "lists." + DOMAIN)
    blocks = ["Dear neighbor,", "The Family Birth Center at Riverside North Hospital now offers virtual tours every "
              "Tuesday evening and in-person tours on the first Saturday of the month.",
              ("list", ["Private labor, delivery and recovery suites", "Level III NICU on the same floor",
                        "Free classes: childbirth preparation, breastfeeding basics, infant CPR, sibling class"]),
              "Tell friends and family who are planning to grow their families. Register at riversidehealth.example/birth.",
              ("small", UNSUB)]
    return (M(s, [lst], "Tour our Family Birth Center", blocks, style="html", html_style="portal",
              html_title="Family Birth Center", footer=False),
            "Birth-center tour promotion sent to a general list; addressed to no individual")


@sc("marketing")
def mk_urgent_care(c):
    r = public()
    return mk(c, "New urgent care in Ashby Falls + save your spot online",
              [f"Hi {r.first},", "Fairhaven Urgent Care has a new sister location in Ashby Falls (2200 Deerfield "
               "Pkwy), open 8 a.m.-10 p.m., 7 days a week, with on-site X-ray and lab.",
               "Use 'Save my spot' on our website to wait from home. Typical visits: colds and flu, minor cuts, "
               "sprains, UTIs, rashes, and work or school physicals.",
               "For chest pain, trouble breathing or signs of stroke, call 911."],
              to=r, title="Riverside Urgent Care",
              note="Urgent-care location marketing listing common conditions generically; no individual")


@sc("marketing")
def mk_staff_step_challenge(c):
    a = staff("MS", "Wellness Program Manager", "Employee Wellness")
    lst = role("All Riverside Employees", "allstaff")
    blocks = ["Hi everyone,", "The 8-week Step Challenge kicks off Monday! Form teams of 4-6 by department and sync any "
              "fitness tracker through the WellRiver app. Top three teams win a catered lunch; everyone who logs "
              "100,000 steps gets a water bottle.",
              "Also this month: free chair massage in the Pavilion lobby (Wednesdays) and a lunch-and-learn on "
              "healthy eating on night shift.", "Individual step counts are never shared with managers.", sig(a)]
    return (M(a, [lst], "Step Challenge starts Monday", blocks),
            "Employee wellness program promotion to all staff; no individual health data")


@sc("marketing")
def mk_sleep_center(c):
    r = public()
    return mk(c, "Snoring keeping the house awake?",
              [f"Hi {r.first},", "Loud snoring and daytime sleepiness can be signs of sleep apnea. Take our 2-minute "
               "online sleep quiz (answers aren't saved) and learn about home sleep testing, CPAP alternatives "
               "and the new Inspire implant clinic at Riverside North.",
               "Sleep Awareness Week webinar: Thursday 7 p.m. with sleep specialists from the Riverside Sleep "
               "Disorders Center."],
              to=r, title="Sleep Disorders Center",
              note="Sleep-center promotion addressed to a named subscriber; general info, not about the recipient")


@sc("marketing")
def mk_telehealth_price(c):
    r = public()
    return mk(c, "See a provider from your couch - $49",
              [f"{r.first}, need care but can't get away?", "Riverside Virtual Urgent Care visits are $49 or less with "
               "most insurance, 24/7, for adults and children 2+.",
               ("table", ["Good for", "Not for"], [["Cold, flu and COVID symptoms", "Chest pain or shortness of breath"],
                                                  ["Pink eye, rashes, allergies", "Broken bones"], ["Medication questions", "Head injuries"]]),
               "Download RiversideConnect and tap 'Get care now'."],
              to=r, title="Virtual Urgent Care",
              note="Telehealth pricing promotion to a named subscriber; generic service list")


@sc("marketing")
def mk_heart_5k(c):
    r = public()
    race = c.days(19 - c.d.weekday())
    return mk(c, "Go Red 5K + free cholesterol screening",
              [f"Hi {r.first},", f"Lace up for the Go Red 5K on Saturday, {MONTHS[race.month - 1][:3]}. {race.day} at Riverside Park! Registration "
               "includes a T-shirt and entry to the Heart Health Expo, where you can get a free finger-stick "
               "cholesterol and glucose screening (results are given to you privately on site).",
               "Kids' fun run at 8:30 a.m.; 5K starts at 9:00 a.m.", "Register: riversidehealth.example/5k"],
              to=r, title="Go Red 5K",
              note="Heart-month 5K promotion mentioning a free screening event; nothing about the recipient")


@sc("marketing")
def mk_job_posting(c):
    a = staff("", "Talent Acquisition Partner", "Human Resources - Recruitment")
    r = public()
    blocks = [f"Hi {r.first},", "Thanks for visiting our booth at the Ohio Nurses Career Fair. We're hiring!",
              ("table", ["Position", "Unit", "Shift", "Sign-on bonus"],
               [["RN - Med/Surg", "5 East", "Nights, 3x12", "$15,000"], ["RN - ICU", "Medical ICU", "Days/Nights rotating", "$20,000"],
                ["Surgical Technologist", "Main OR", "Days + call", "$7,500"], ["Patient Care Tech", "Emergency Department", "Evenings", "$2,000"]]),
              "New-grad residency (12 weeks, with a preceptor) starts in July and January. Apply at "
              "careers.riversidehealth.example - mention code CF24 so I can follow up.", sig(a)]
    return (M(a, [r], "Great meeting you - open roles at Riverside", blocks),
            "Recruiting e-mail with job postings to a career-fair contact; no health information")


@sc("marketing")
def mk_cme_symposium(c):
    a = staff("", "CME Program Coordinator", "Office of Continuing Medical Education")
    lst = [ext_person("ortho", "MD", "Orthopedic Surgeon"), ext_person("snf", "MD", "Medical Director")]
    spk = [Prov(R.choice(["Cardiology", "Endocrinology", "Nephrology"])) for _ in range(3)]
    blocks = ["Dear colleagues,", f"Registration is open for the Riverside Cardiometabolic Symposium "
              f"({long_date(c.days(40))}, Riverside Medical Center Pavilion and livestream). 6.0 AMA PRA Category 1 Credits(TM).",
              ("table", ["Time", "Session", "Speaker"],
               [["8:00", "SGLT2 inhibitors across the cardio-renal spectrum", f"{spk[0].full}, {spk[0].cred}"],
                ["9:15", "GLP-1 receptor agonists: beyond glycemic control", f"{spk[1].full}, {spk[1].cred}"],
                ["10:30", "Resistant hypertension: a stepwise approach", f"{spk[2].full}, {spk[2].cred}"]]),
              "Early-bird rate $95 (physicians) / $45 (nurses, pharmacists, APPs) until the 15th.", sig(a)]
    return (M(a, lst, "Save the date: Cardiometabolic Symposium", blocks, style=R.choice(["html", "alt"])),
            "CME conference invitation with named faculty and drug classes; marketing to clinicians")


@sc("marketing")
def mk_podcast(c):
    r = public()
    doc = Prov("Allergy & Immunology")
    return mk(c, "Ask the Doctor: spring allergies",
              [f"Hi {r.first},", f"On this week's Riverside Health Minute podcast, {doc.dr} ({doc.spec}) explains "
               "why allergy season starts earlier each year, when over-the-counter antihistamines and nasal steroid "
               "sprays are enough, and when it's worth seeing a specialist for allergy shots.",
               "Listen on any podcast app or at riversidehealth.example/podcast. Got a question for a future episode? "
               "Reply to this e-mail - please don't include personal medical details."],
              to=r, title="Riverside Health Minute",
              note="Podcast promotion with a staff allergist's general advice to a named subscriber")


@sc("marketing")
def mk_cancer_second_opinion(c):
    r = public()
    return mk(c, "Expert cancer care, close to home",
              [f"Dear {r.first},", "The Riverside Cancer Institute now offers a dedicated second-opinion program: "
               "a nurse navigator gathers records, and a multidisciplinary team reviews the case within 7 days.",
               ("list", ["Proton therapy consultations through our regional partner", "Genetic counseling for hereditary cancer risk",
                         "Survivorship clinic, nutrition and integrative therapies"]),
               "Learn more at a free community talk on Tuesday evenings this month, or call (614) 555-0160."],
              to=r, title="Riverside Cancer Institute",
              note="Cancer institute service marketing to a named subscriber; not about the recipient's health")


@sc("marketing", 2)
def mk_joint_seminar(c):
    r = public()
    surg = Prov("Orthopedic Surgery")
    topic = ["knee and hip pain", "shoulder pain and rotator cuff problems"][c.v]
    return mk(c, f"Free seminar: {topic}",
              [f"Hi {r.first},", f"Join {surg.full}, {surg.cred}, for a free seminar on {topic}: what causes it, "
               "non-surgical options like physical therapy and injections, and what to expect from modern "
               "joint replacement with same-day discharge.",
               ("kv", [("When", f"{wd_long(c.days(9 + c.v))}, 11:30 a.m. (lunch provided)"), ("Where", "Westgate Orthopedics, 2nd floor classroom"),
                       ("RSVP", "(614) 555-0171 or riversidehealth.example/seminars")]),
               "Seating is limited to 40 guests."],
              to=r, title="Westgate Orthopedics",
              note="Orthopedic seminar invitation to a named subscriber; generic, no individual health info")


# =============================================================================================
# NEGATIVE: provider_directory (providers' own identifiers, specialties, rosters; no patient)
# =============================================================================================
@sc("provider_directory")
def pd_endo_listing(c):
    a = staff("", "Provider Data Specialist", "Provider Data Management")
    b = ext_person("payer", "", "Network Data Analyst")
    provs = [Prov("Endocrinology") for _ in range(4)] + [Prov("Endocrinology", app=True)]
    rows = [[p.full, p.cred, p.npi, p.site, p.phone, R.choice(["Yes", "Yes", "No"])] for p in provs]
    blocks = [f"Hi {b.first},", "Updated endocrinology listings for your directory audit:",
              ("table", ["Provider", "Credentials", "NPI", "Location", "Phone", "Accepting new patients"], rows),
              "Taxonomy for all physicians is 207RE0101X; the NP is 363LF0000X.", sig(a)]
    return (M(a, [b], "Directory audit - endocrinology", blocks, style=R.choice(["html", "alt"])),
            "Payer directory audit listing endocrinologists with NPIs, sites and phones; no patient")


@sc("provider_directory")
def pd_oncall_week(c):
    a = staff("", "Medical Staff Coordinator", "Medical Staff Office")
    lst = role("House Supervisors", "housesupervisors")
    start = c.d - dt.timedelta(days=c.d.weekday())
    specs = ["Cardiology", "Gastroenterology", "Orthopedic Surgery", "Neurology", "Urology", "Pulmonology"]
    rows = []
    for s_ in specs:
        p1, p2 = Prov(s_), Prov(s_)
        rows.append([s_, f"{p1.full}, {p1.cred}", f"{p2.full}, {p2.cred}", p1.phone])
    blocks = [f"On-call roster, week of {start:%B %d}:", ("table", ["Service", "Mon-Thu", "Fri-Sun", "Answering service"], rows),
              "Call changes must go through the Medical Staff Office so the switchboard stays accurate.", sig(a)]
    return (M(a, [lst], f"On-call roster week of {start:%m/%d}", blocks),
            "Weekly specialty on-call roster with physician names and phone numbers")


@sc("provider_directory")
def pd_credentialing_npi(c):
    a = staff("CPMSM", "Credentialing Specialist", "Medical Staff Office")
    p = Prov()
    blocks = [f"Dr. {p.last},", f"Your reappointment to the Riverside Health medical staff is due "
              f"{long_date(c.days(60))}. We pre-filled your application from our records - please verify:",
              ("kv", [("Name", p.fullc), ("Specialty", p.spec), ("NPI", p.npi), ("DEA", p.dea),
                      ("Ohio license", p.lic), ("Board certification", f"ABIM/ABMS - {p.spec}, expires {c.d.year + 4}"),
                      ("Primary site", p.site)]),
              "Outstanding items: current CV, CME attestation (50 hours), and the signed attestation "
              "questions. You can upload in the credentialing portal.", sig(a)]
    return (M(a, [p], "Reappointment - please verify your information", blocks),
            "Credentialing e-mail verifying a physician's own NPI, DEA and license; no patient")


@sc("provider_directory")
def pd_referral_network(c):
    a = staff("", "Physician Liaison", "Network Development")
    v = ext_person("snf", "", "Admissions Director")
    specs = ["Cardiology", "Nephrology", "Neurology", "Geriatrics", "Physical Medicine & Rehabilitation", "Pulmonology", "Infectious Disease"]
    provs = [Prov(s_) for s_ in specs]
    rows = [[p.spec, p.full, p.site, p.phone, phone_dash()] for p in provs]
    blocks = [f"Hi {v.first},", "As promised, here's our referral list for post-acute follow-up. The phone numbers go "
              "to each clinic's referral line; faxes are monitored 8-5.",
              ("table", ["Specialty", "Provider", "Clinic", "Referral line", "Fax"], rows),
              "For urgent post-discharge visits, the Transitions Clinic can see patients within 72 hours.", sig(a)]
    return (M(a, [v], "Referral network list for Maple Grove", blocks),
            "Referral-network list of specialists with clinic phones/faxes for a partner SNF")


@sc("provider_directory")
def pd_findadoc_export(c):
    a = staff("", "Web Developer", "Marketing & Communications")
    b = staff("", "Digital Content Manager", "Marketing & Communications")
    provs = [Prov() for _ in range(8)]
    rows = [["npi", "name", "credentials", "specialty", "conditions_treated", "languages", "location", "accepting_new"]]
    for p in provs:
        rows.append([p.npi, p.full, p.cred, p.spec, "; ".join(p.treats), R.choice(["English", "English; Spanish", "English; Hindi",
                     "English; Vietnamese", "English; Arabic", "English; Mandarin", "English; Somali"]), p.site, R.choice(["Y", "Y", "N"])])
    blocks = [f"{b.first},", "Nightly Find-a-Doctor export attached - 8 profiles changed today (new photos and "
              "updated 'conditions treated'). For example: " + f"{provs[0].dr} treats {and_list(provs[0].treats)}.",
              "If the CSV looks right I'll publish at 6 p.m.", sig(a)]
    return (M(a, [b], "Find-a-Doctor changes today", blocks, attachments=[att_csv("findadoc_changes.csv", rows)]),
            "Find-a-Doctor profile export (NPIs, specialties, conditions treated) - about providers, not patients")


@sc("provider_directory", 2)
def pd_new_provider(c):
    a = staff("", "Communications Specialist", "Marketing & Communications")
    lst = role("Riverside Medical Staff", "medstaff")
    p = Prov(R.choice(["Pulmonology", "Rheumatology", "Neurology", "Gastroenterology", "Dermatology", "Psychiatry"]))
    school = R.choice(MED_SCHOOLS)
    blocks = [f"Please join us in welcoming {p.full}, {p.cred}, to {p.spec} at {p.site}.",
              f"{p.dr} treats {and_list(p.treats)}. {'She' if p.sex == 'F' else 'He'} earned "
              f"a medical degree at {school} and completed fellowship training at the University of Cincinnati.",
              ("kv", [("Clinic", p.site), ("Scheduling", p.phone), ("NPI", p.npi),
                      ("Start date", long_date(c.days(14)))]),
              f"{p.dr} is accepting new patients; referrals can be placed in the EHR under '{p.spec} - {p.last}'.",
              sig(a)]
    return (M(a, [lst], f"Welcome {p.dr}", blocks, style=R.choice(["html", "alt", "qp"])),
            "New-provider announcement with specialty, conditions treated and NPI; no patient")


@sc("provider_directory")
def pd_call_schedule_pdf(c):
    a = staff("", "Department Administrator", "Department of Surgery")
    surgs = [Prov("Orthopedic Surgery") for _ in range(5)]
    mon = c.d.month % 12 + 1
    lines = [("h", f"Orthopedic Surgery Call Schedule - {MONTHS[mon - 1]} {c.d.year + (1 if mon == 1 else 0)}"), ("rule", "")]
    for day in range(1, 29):
        p = surgs[day % 5]
        lines.append(f"{MONTHS[mon - 1][:3]} {day:02d}   Primary: {p.full}, {p.cred}   Backup: {surgs[(day + 2) % 5].full}")
    lines += [("rule", ""), ("s", "Hand call is covered by Summit Bone & Joint per agreement. Changes: Department of Surgery office.")]
    blocks = ["Attached is next month's ortho call schedule. Please check your dates and report conflicts by the 20th.", sig(a)]
    return (M(a, surgs, "Ortho call - next month", blocks,
              attachments=[att_pdf("Ortho_call_schedule.pdf", lines, date=c.d)]),
            "Monthly surgeon call schedule PDF listing names only")


@sc("provider_directory")
def pd_cred_committee(c):
    a = staff("", "Manager, Medical Staff Services", "Medical Staff Office")
    com = [Prov() for _ in range(3)]
    apps = [Prov() for _ in range(6)]
    rows = [["Name", "Credentials", "Specialty", "NPI", "DEA", "License", "Action"]]
    for p in apps:
        rows.append([p.full, p.cred, p.spec, p.npi, p.dea, p.lic, R.choice(["Initial appointment", "Reappointment", "Add privileges: moderate sedation"])])
    blocks = ["Committee members,", "The credentials committee packet for Thursday is attached (6 files). All primary-"
              "source verifications are complete; one file has a malpractice claim history for discussion in "
              "executive session.", sig(a)]
    return (M(a, com, "Credentials Committee packet", blocks, attachments=[att_csv("cred_committee_roster.csv", rows)]),
            "Credentials-committee roster CSV with providers' NPI, DEA and license numbers")


@sc("provider_directory")
def pd_payer_attestation(c):
    v = ext_person("payer", "", "Provider Directory Team")
    a = staff("", "Payer Enrollment Specialist", "Managed Care")
    provs = [Prov(R.choice(["Family Medicine", "Internal Medicine", "Pediatrics"])) for _ in range(6)]
    rows = [[p.full, p.npi, p.site, "Y" if R.random() < 0.7 else "N", R.choice(["Mon-Fri 8-5", "Mon-Thu 7-6", "Tue-Sat 8-4"])] for p in provs]
    blocks = [f"Dear {a.first},", "Federal rules require us to verify our provider directory every 90 days. Please "
              "confirm or correct the following listings by the 30th:",
              ("table", ["Provider", "NPI", "Practice location", "Accepting new patients", "Office hours"], rows),
              "Reply with corrections, or confirm 'no changes'.", sig(v, PARTNERS["payer"][0])]
    inner = M(v, [a], "90-day directory attestation", blocks, style=R.choice(["plain7", "alt"]))
    mgrs = [staff("", "Practice Manager", f) for f in ("Millbrook Family Medicine", "Cedar Hollow Pediatrics")]
    return (M(a, mgrs, "FW: 90-day directory attestation", ["Practice managers - please check your providers in the "
                                                           "attached request and reply to me (not to Keystone) by Friday.", sig(a)],
              attachments=[inner_message(inner, c.ago(26), phi=False)]),
            "Forwarded (message/rfc822) payer directory attestation listing providers with NPIs; no patient")


@sc("provider_directory")
def pd_hospitalist_roster(c):
    a = staff("MD", "Medical Director, Hospital Medicine", "Hospital Medicine")
    lst = role("Nursing Leadership", "nursingleaders")
    d0 = c.d - dt.timedelta(days=c.d.weekday())
    teams = [f"Team {t}" for t in "ABCDEFG"] + ["Nocturnist 1", "Nocturnist 2", "Admitter"]
    rows = [[t, Prov("Internal Medicine").full, f"{R.randint(6000, 6999)}", R.choice(["5E/5W", "6N", "4W/ICU step-down", "Obs unit", "All"])] for t in teams]
    blocks = [f"Hospitalist assignments for the week of {d0:%m/%d}:", ("table", ["Team", "Physician", "Vocera ext.", "Units"], rows),
              "Nocturnists cover cross-cover pages 1900-0700. Please page the admitter for ED admissions.", sig(a)]
    return (M(a, [lst], "Hospitalist team assignments", blocks, style=R.choice(["html", "alt"])),
            "Hospitalist team roster with physician names, extensions and units; no patients")


@sc("provider_directory")
def pd_xml_practitioners(c):
    a = staff("", "Interface Analyst", "IT - Interfaces")
    v = ext_person("hie", "", "Provider Directory Lead")
    provs = [Prov() for _ in range(4)]
    xs = ['<?xml version="1.0" encoding="UTF-8"?>', '<Bundle xmlns="http://hl7.org/fhir">', '  <type value="collection"/>']
    for p in provs:
        xs += ["  <entry><resource><Practitioner>",
               f'    <identifier><system value="http://hl7.org/fhir/sid/us-npi"/><value value="{p.npi}"/></identifier>',
               f'    <name><family value="{xesc(p.last)}"/><given value="{xesc(p.first)}"/><suffix value="{p.cred.split(",")[0]}"/></name>',
               f'    <telecom><system value="phone"/><value value="{p.phone}"/><use value="work"/></telecom>',
               f'    <qualification><code><text value="{xesc(p.spec)}"/></code></qualification>',
               "  </Practitioner></resource></entry>"]
    xs.append("</Bundle>")
    blocks = [f"Hi {v.first},", "Sample Practitioner bundle for the HIE directory sync (4 of our 1,900 practitioners). "
              "These are real Riverside providers' public directory entries - no patient data in this feed.", sig(a)]
    return (M(a, [v], "Practitioner bundle sample", blocks, attachments=[att_xml("practitioners_sample.xml", "\n".join(xs) + "\n")]),
            "FHIR Practitioner XML (NPIs, names, specialties, work phones) for a directory feed")


@sc("provider_directory")
def pd_telehealth_licensure(c):
    a = staff("", "Licensing Coordinator", "Virtual Care")
    b = staff("MD", "Medical Director, Virtual Care", "Virtual Care")
    provs = [Prov(R.choice(["Family Medicine", "Psychiatry", "Internal Medicine"]), app=R.random() < 0.4) for _ in range(6)]
    rows = [[p.full, p.cred, p.npi, ", ".join(sorted(R.sample(["OH", "IN", "KY", "WV", "PA", "MI"], R.randint(1, 4)))), f"{c.d.year + R.randint(0, 2)}-{R.randint(1, 12):02d}-30"] for p in provs]
    blocks = [f"{b.first},", "Multi-state licensure status for the virtual urgent care panel. Two renewals are due "
              "this quarter; IMLC letters of qualification are pending for the KY additions.",
              ("table", ["Clinician", "Credentials", "NPI", "States licensed", "Next expiry"], rows), sig(a)]
    return (M(a, [b], "Virtual care licensure grid", blocks),
            "Clinician licensure grid with NPIs and licensed states; no patient")


@sc("provider_directory")
def pd_caqh_reminder(c):
    a = staff("", "Provider Enrollment Analyst", "Managed Care")
    provs = [Prov() for _ in range(5)]
    rows = [[p.full, p.spec, p.npi, f"{digits(8)}", (c.d + dt.timedelta(days=R.randint(3, 40))).strftime("%m/%d/%Y")] for p in provs]
    blocks = ["Hello,", "Your CAQH ProView re-attestation is coming due. Payers suspend directory listings if the "
              "profile lapses, so please log in and attest (it takes about 5 minutes if nothing changed).",
              ("table", ["Provider", "Specialty", "NPI", "CAQH ID", "Attest by"], rows), sig(a)]
    return (M(a, provs, "CAQH re-attestation due", blocks),
            "CAQH re-attestation reminder listing providers' NPIs and CAQH IDs")


@sc("provider_directory")
def pd_consult_contacts(c):
    a = staff("MSN, RN", "Director of Nursing, Medical-Surgical Services", "Nursing Administration")
    lst = role("Med-Surg Charge Nurses", "medsurgcharge")
    svcs = [("Wound care (WOCN)", "RN"), ("Diabetes education", "RN, CDCES"), ("Palliative care", "MD"),
            ("Clinical nutrition", "RD, LD"), ("Inpatient pharmacy - anticoagulation", "PharmD"),
            ("Stroke coordinator", "RN"), ("Vascular access team", "RN, VA-BC")]
    rows = [[s_, f"{staff(cr).fullc}", f"x{R.randint(2, 7)}{digits(3, '0123456789')}", R.choice(["0700-1930", "0800-1630", "24/7 via operator"])] for s_, cr in svcs]
    blocks = ["Charge nurses,", "Updated 'who to call' list for consult services - please post at each station.",
              ("table", ["Service", "Contact", "Extension", "Hours"], rows), sig(a)]
    return (M(a, [lst], "Consult services contact list", blocks, style=R.choice(["html", "alt", "plain7"])),
            "Inpatient consult-service contact list (staff names, extensions, hours)")


@sc("provider_directory")
def pd_new_residents(c):
    a = staff("", "Residency Program Coordinator", "Graduate Medical Education")
    lst = role("Internal Medicine Faculty", "imfaculty")
    res = [P(cred=R.choice(["MD", "DO"])) for _ in range(6)]
    rows = [[r_.full, r_.cred, R.choice(MED_SCHOOLS), R.choice(["Categorical", "Categorical", "Preliminary"]), R.choice(["Cardiology", "GI", "Hospital Medicine", "Undecided", "Pulm/CC", "Primary Care"])] for r_ in res]
    blocks = ["Faculty,", "Meet the incoming PGY-1 class (orientation starts June 17):",
              ("table", ["Intern", "Degree", "Medical school", "Track", "Career interest"], rows), sig(a)]
    return (M(a, [lst], "Incoming PGY-1 class", blocks),
            "Incoming resident roster with medical schools and interests; no patient")


@sc("provider_directory")
def pd_anesthesia_assign(c):
    a = staff("MD", "Anesthesia Coordinator", "Anesthesiology")
    lst = role("OR Front Desk", "orfrontdesk")
    rows = [[f"OR {n}", Prov().full, f"{staff('CRNA').full}, CRNA", R.choice(["0700", "0730", "0800"])] for n in range(1, 9)]
    blocks = [f"Anesthesia staffing for {wd_long(c.days(1))}:", ("table", ["Room", "Anesthesiologist", "CRNA", "Start"], rows),
              "Endo suite and cath lab sedation are covered by the float CRNA (pager 4417).", sig(a)]
    return (M(a, [lst], "Tomorrow's anesthesia assignments", blocks),
            "Anesthesia staff room assignments (no case list, no patients)")


@sc("provider_directory")
def pd_behavioral_directory(c):
    a = staff("PsyD", "Director, Behavioral Health Access", "Riverside Behavioral Health - Elm Street")
    lst = role("Primary Care Practice Managers", "pcmanagers")
    cl = [Prov("Psychiatry", app=R.random() < 0.3) for _ in range(2)] + [P(cred=R.choice(["LCSW", "LPCC-S", "PhD", "PsyD"])) for _ in range(3)]
    rows = []
    for p in cl:
        treats = getattr(p, "treats", R.sample(["anxiety", "depression", "PTSD", "grief", "couples therapy", "substance use", "eating disorders"], 3))
        ages = "Adults" if any("adult" in t for t in treats) else R.choice(["Adults", "Adolescents & adults", "Children 6+"])
        rows.append([p.full, p.cred, ", ".join(treats), ages, R.choice(["Yes", "Waitlist 3 wks"])])
    blocks = ["Practice managers,", "Here is the current behavioral health clinician directory for warm hand-offs. All "
              "accept Medicaid and Riverside Health Plan.",
              ("table", ["Clinician", "Credentials", "Focus areas", "Ages", "Openings"], rows), sig(a)]
    return (M(a, [lst], "BH clinician directory - current openings", blocks),
            "Behavioral-health clinician directory with focus areas (conditions treated); no patient")


@sc("provider_directory")
def pd_radiology_reading(c):
    a = staff("MD", "Section Chief, Radiology", "Radiology")
    lst = role("Radiology Technologists", "radtechs")
    subs = ["Neuroradiology", "Body CT/MR", "Musculoskeletal", "Breast imaging", "Interventional", "Nuclear medicine", "ED/overnight"]
    rows = [[s_, f"{P(cred='MD').full}, MD", f"Reading room {R.choice(['A', 'B', 'C', 'D'])}", f"x{R.randint(3, 6)}{digits(3, '0123456789')}"] for s_ in subs]
    blocks = ["Techs,", "Reading-room assignments for next week. Protocol questions go to the subspecialty "
              "radiologist listed; after 1700 call the ED/overnight reader.",
              ("table", ["Section", "Radiologist", "Location", "Phone"], rows), sig(a)]
    return (M(a, [lst], "Reading room assignments", blocks),
            "Radiologist subspecialty reading-room assignments; staff only")


@sc("provider_directory")
def pd_nppes_mismatch(c):
    a = staff("", "Provider Data Analyst", "Provider Data Management")
    b = staff("", "Director, Revenue Cycle Operations", "Revenue Cycle")
    provs = [Prov() for _ in range(5)]
    rows = [[p.full, p.npi, p.spec, R.choice(["207Q00000X", "207R00000X", "208D00000X", "2084P0800X"]), R.choice(["Practice address", "Taxonomy", "Name suffix", "Phone"])] for p in provs]
    blocks = [f"{b.first},", "Monthly NPPES reconciliation found 5 providers whose NPI registry record doesn't match "
              "our credentialing file. Mismatches cause 'rendering provider' claim edits, so I've asked each provider "
              "to update NPPES:",
              ("table", ["Provider", "NPI", "Our specialty", "NPPES taxonomy", "Mismatch"], rows), sig(a)]
    return (M(a, [b], "NPPES mismatches - monthly", blocks),
            "NPI registry reconciliation listing providers' NPIs and taxonomies; no patient")


@sc("provider_directory")
def pd_locums(c):
    a = staff("", "Locum Tenens Coordinator", "Medical Staff Office")
    lst = [staff("", "Practice Manager", f) for f in ("Riverside Eastbrook Clinic", "Fairhaven Urgent Care")]
    loc = [Prov(R.choice(["Family Medicine", "Internal Medicine"])) for _ in range(3)]
    rows = [[p.full, p.cred, p.npi, R.choice(FACILITIES[2:]), f"{(c.d + dt.timedelta(days=7 * k)):%m/%d}-{(c.d + dt.timedelta(days=7 * k + 13)):%m/%d}"] for k, p in enumerate(loc)]
    blocks = ["Hello,", "Locum coverage for the next six weeks is confirmed. Temporary privileges are approved and EHR "
              "access will be active the business day before each start.",
              ("table", ["Clinician", "Credentials", "NPI", "Site", "Dates"], rows), sig(a)]
    return (M(a, lst, "Locum coverage confirmed", blocks),
            "Locum provider coverage list with NPIs and dates; no patient")


# =============================================================================================
# NEGATIVE: prescriber_notice
# =============================================================================================
@sc("prescriber_notice")
def rx_dea_renewal(c):
    s = role("Medical Staff Office", "medstaffoffice")
    p = Prov()
    blocks = [f"Dr. {p.last},", f"Our records show your DEA registration {p.dea} expires on "
              f"{long_date(c.days(45))}. DEA no longer mails renewal reminders, and an expired registration "
              "blocks controlled-substance prescribing in the EHR immediately.",
              ("olist", ["Renew online at the DEA Diversion Control Division site (allow 4-6 weeks).",
                         "Upload the new certificate to the credentialing portal.",
                         f"Confirm your NPI ({p.npi}) and state license ({p.lic}) are unchanged."]),
              "If you hold a hospital-based (institutional) DEA suffix instead, reply and we'll update your file.", sig(s)]
    return (M(s, [p], "Action needed: DEA registration expiring", blocks, importance="High"),
            "DEA renewal reminder to a prescriber quoting their own DEA, NPI and license; no patient")


@sc("prescriber_notice")
def rx_epcs_token(c):
    a = staff("", "EPCS Project Lead", "IT - Clinical Applications")
    provs = [Prov() for _ in range(3)]
    blocks = ["Prescribers,", "Our EPCS two-factor vendor is changing. Between now and the end of the month you "
              "must enroll the new authenticator app before you can sign controlled-substance prescriptions.",
              ("list", ["Identity proofing: bring a government photo ID to any enrollment session (schedule below) or "
                        "complete remote proofing with a video call.",
                        "Have your DEA certificate and NPI available - the proofing agent verifies both.",
                        "Logical access control: your department's two approvers must co-sign in the EHR."]),
              ("table", ["Session", "Location"], [["Tue 0700-0800", "Physician lounge, RMC"], ["Thu 1200-1300", "Riverside North, Conf. 2"],
                                                  ["Fri 1600-1700", "Virtual (Teams)"]]), sig(a)]
    return (M(a, provs, "EPCS authenticator change - enroll by month end", blocks),
            "EPCS two-factor enrollment notice to prescribers; no patient")


@sc("prescriber_notice")
def rx_pdmp(c):
    a = staff("PharmD", "Controlled Substance Compliance Pharmacist", "Pharmacy")
    lst = role("All Prescribers", "allprescribers")
    blocks = ["Colleagues,", "Reminder of the state rule: before prescribing an opioid or benzodiazepine for longer "
              "than 7 days, and at least every 90 days for ongoing therapy, you must review the state PDMP report.",
              "The EHR's one-click PDMP button now logs the query automatically. Delegates (RNs, MAs) can run "
              "queries on your behalf once registered under your account.",
              "Compliance audits resume next quarter; the dashboard shows department-level rates only.", sig(a)]
    return (M(a, [lst], "PDMP query requirement", blocks),
            "Prescriber reminder about PDMP checks for opioids/benzodiazepines; no patient")


@sc("prescriber_notice")
def rx_formulary(c):
    a = staff("PharmD, BCPS", "Chair, Pharmacy & Therapeutics Committee", "Pharmacy")
    lst = role("All Prescribers", "allprescribers")
    eff = c.days(21)
    blocks = ["Prescribers,", f"The P&T Committee approved the following formulary changes effective {long_date(eff)}:",
              ("table", ["Drug", "Change", "Notes"],
               [["Apixaban", "Preferred DOAC", "No PA for AF or VTE"], ["Rivaroxaban", "Non-preferred", "Requires PA for new starts"],
                ["Insulin lispro (biosimilar)", "Added", "Automatic interchange for inpatient orders"],
                ["Esomeprazole IV", "Removed", "Use pantoprazole IV"], ["Dalbavancin", "Restricted", "ID approval required"]]),
              "Existing outpatient prescriptions are grandfathered for 90 days. Questions: pharmacy informatics x4420.", sig(a)]
    return (M(a, [lst], "Formulary changes effective next month", blocks),
            "Formulary change notice to prescribers naming drugs; no patient")


@sc("prescriber_notice")
def rx_rems(c):
    a = staff("PharmD", "REMS Program Coordinator", "Pharmacy")
    provs = [Prov("Psychiatry") for _ in range(3)]
    rows = [[p.full, p.npi, R.choice(["Certified", "Certification pending", "Expires in 30 days"])] for p in provs]
    blocks = ["Dear prescribers,", "The Clozapine REMS program re-launched its certification portal. Prescribers must "
              "re-certify by completing the knowledge assessment; pharmacies will not dispense after the deadline for "
              "prescribers who are not certified.",
              ("table", ["Prescriber", "NPI", "Status"], rows),
              "ANC monitoring requirements are unchanged (see the REMS ANC table).", sig(a)]
    return (M(a, provs, "Clozapine REMS re-certification", blocks),
            "REMS prescriber certification notice with prescribers' NPIs; no patient")


@sc("prescriber_notice")
def rx_update_npi_portal(c):
    v = ext_person("medicaid", "", "Provider Enrollment")
    p = Prov()
    blocks = [f"Dear {p.full},", "Our records indicate that your enrollment information needs to be revalidated. "
              "Please log in to the provider portal, confirm your NPI and practice locations, and update your "
              "e-mail and taxonomy.",
              ("kv", [("Provider", p.fullc), ("NPI", p.npi), ("Medicaid provider ID", digits(7)),
                      ("Revalidation due", long_date(c.days(60)))]),
              "Failure to revalidate will result in claims denial. This message was sent to the address on file.",
              sig(v, PARTNERS["medicaid"][0])]
    return (M(v, [p], "Revalidation required - update your NPI information", blocks),
            "Medicaid 'update your NPI in the portal' revalidation notice to a prescriber")


@sc("prescriber_notice")
def rx_recall(c):
    a = staff("PharmD", "Medication Safety Officer", "Pharmacy")
    lst = role("All Prescribers", "allprescribers")
    lots = [f"{alnum(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(5, '0123456789')}" for _ in range(3)]
    blocks = ["Prescribers and pharmacists,", "The manufacturer has voluntarily recalled certain lots of metformin "
              "extended-release 500 mg and 750 mg tablets because of NDMA above the acceptable intake limit. "
              f"Affected lots: {', '.join(lots)}.",
              "Patients should not stop metformin without talking to their prescriber - the risk of stopping "
              "outweighs the NDMA risk. Our outpatient pharmacies are exchanging affected bottles; immediate-"
              "release metformin is not affected.", sig(a)]
    return (M(a, [lst], "Drug recall: metformin ER (selected lots)", blocks),
            "Drug recall notice naming the drug and lots but no patient")


@sc("prescriber_notice")
def rx_opioid_cme(c):
    s = ext_person("state", "", "Licensing Division")
    p = Prov(R.choice(["Family Medicine", "Orthopedic Surgery", "Internal Medicine"]))
    blocks = [f"Dear {p.fullc},", "As a DEA registrant you must complete the one-time 8-hour training on opioid or "
              "other substance use disorders (MATE Act) and attest at your next DEA renewal. The state board also "
              "requires 2 hours of controlled-substance prescribing CME per renewal cycle.",
              ("kv", [("License", p.lic), ("Renewal cycle ends", long_date(c.days(120))), ("CME recorded", "1.0 of 2.0 hours")]),
              "Riverside's online module counts toward both requirements.", sig(s, PARTNERS["state"][0])]
    return (M(s, [p], "Controlled substance CME reminder", blocks),
            "State board CME reminder to a prescriber quoting their license; no patient")


@sc("prescriber_notice")
def rx_shortage(c):
    a = staff("PharmD", "Drug Shortage Coordinator", "Pharmacy")
    lst = role("All Prescribers", "allprescribers")
    blocks = ["Colleagues,", "We are in a national shortage of IV iodinated contrast (iohexol). Current supply: about "
              "9 days at normal use. Until further notice:",
              ("list", ["Defer non-urgent contrast CT when clinically appropriate; consider non-contrast CT, ultrasound or MRI.",
                        "Radiology will contact the ordering provider if a protocol change is recommended.",
                        "ED, trauma, stroke and oncology staging are prioritized."]),
              "We will update this notice weekly.", sig(a)]
    return (M(a, [lst], "Shortage: IV contrast conservation", blocks, importance="High"),
            "Drug-shortage conservation notice for prescribers; no patient")


@sc("prescriber_notice")
def rx_pecos(c):
    v = ext_person("cms", "", "Provider Enrollment Services")
    p = Prov()
    blocks = [f"Dear {p.full},", "Our records show that your Medicare enrollment is due for revalidation. Submit your "
              "revalidation application through PECOS by the due date below to avoid a hold on Medicare payments.",
              ("kv", [("Individual NPI", p.npi), ("PTAN", f"{alnum(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(4, '0123456789')}"),
                      ("Revalidation due date", long_date(c.days(75)))]),
              "Reassignments to Riverside Health will be revalidated with your application.", sig(v, PARTNERS["cms"][0])]
    return (M(v, [p], "Medicare revalidation notice", blocks),
            "Medicare PECOS revalidation notice to a provider with NPI/PTAN; no patient")


# =============================================================================================
# NEGATIVE: newsletter (codes, drugs, analytes and ranges with no individual)
# =============================================================================================
def newsletter(c, sender, to, subject, title, blocks, note, attachments=None):
    return M(sender, to, subject, [("h", title)] + blocks + [sig(sender)], style=R.choice(["html", "alt", "alt", "qp"]),
             attachments=attachments or []), note


@sc("newsletter")
def nl_coding(c):
    a = staff("CCS, CDIP", "Coding Quality Manager", "HIM - Coding")
    return newsletter(c, a, [role("Coding & CDI", "coding-cdi")], "Coding Corner - FY2025 preview",
                      "Coding Corner", [
                          "FY2025 ICD-10-CM updates take effect October 1. Highlights for our most common areas:",
                          ("list", ["E11.9 (type 2 diabetes without complications) should not be used when a complication is documented; "
                                    "E11.65 captures hyperglycemia, and E11.22 diabetic CKD needs an N18.- code for stage.",
                                    "N18.31 / N18.32 split CKD stage 3 into 3a and 3b - 'stage 3' alone defaults to N18.30.",
                                    "F32.A is 'depression, unspecified'; query for severity when possible.",
                                    "New Z codes for social drivers (Z59.- housing, Z58.- water/sanitation) count as SDOH capture."]),
                          "Tip of the month: sepsis with acute organ dysfunction requires R65.20 in addition to the "
                          "underlying infection code."],
                      "Coding newsletter quoting ICD-10-CM codes generically; no individual")


@sc("newsletter")
def nl_lab(c):
    a = staff("MD", "Medical Director, Laboratory", "Laboratory")
    return newsletter(c, a, [role("All Clinicians", "allclinicians")], "Lab Update: new troponin cutoffs and TSH range",
                      "Laboratory Update", [
                          "Starting next month the lab switches to the 0/1-hour high-sensitivity troponin T algorithm.",
                          ("table", ["Analyte", "Old", "New"],
                           [["hs-Troponin T (99th percentile)", "< 14 ng/L", "Female < 10 ng/L; Male < 15 ng/L"],
                            ["TSH", "0.45-4.5 mIU/L", "0.40-4.2 mIU/L"], ["Free T4", "0.8-1.8 ng/dL", "unchanged"],
                            ["HbA1c reporting", "%", "% and mmol/mol"]]),
                          "An HbA1c at or above 6.5% on two occasions supports a diagnosis of diabetes; 5.7-6.4% is "
                          "the prediabetes range. Potassium above 6.0 mmol/L will be called as a critical value (was 6.2)."],
                      "Lab newsletter with reference ranges and cutoffs; no patient results")


@sc("newsletter")
def nl_pt(c):
    a = staff("PharmD", "Clinical Pharmacy Manager", "Pharmacy")
    return newsletter(c, a, [role("Medical Staff", "medstaff")], "P&T Highlights",
                      "Pharmacy & Therapeutics Highlights", [
                          "New on formulary: tirzepatide (adult T2DM), nirmatrelvir-ritonavir remains outpatient-only.",
                          "Interaction alert refresh: the EHR now fires a hard stop for simvastatin > 20 mg with amlodipine "
                          "and for any clarithromycin + colchicine combination.",
                          "IV-to-PO conversion: levofloxacin, linezolid, metronidazole and fluconazole convert automatically "
                          "when patients meet the criteria in policy PHM-221 (taking oral meds, afebrile 24 h).",
                          "Reminder: apixaban 2.5 mg BID requires 2 of 3 criteria (age >= 80, weight <= 60 kg, SCr >= 1.5 mg/dL)."],
                      "P&T newsletter with drug names, doses and criteria; no individual")


@sc("newsletter")
def nl_infection(c):
    a = staff("MPH, CIC", "Manager, Infection Prevention", "Infection Prevention")
    return newsletter(c, a, [role("All Staff", "allstaff")], "Infection Prevention Monthly",
                      "Infection Prevention Monthly", [
                          "Hand hygiene observations: 91% compliance system-wide (goal 95%).",
                          "C. difficile: remember soap and water - alcohol rub does not kill spores. Use bleach wipes "
                          "(purple-top) for terminal cleaning of contact-enteric rooms.",
                          "Measles is circulating in two neighboring counties. Anyone with fever, rash and cough should "
                          "be masked and placed in an airborne isolation room immediately.",
                          "Staff immunity documentation is due in the occupational health portal by the 30th."],
                      "Infection-prevention newsletter with system-wide rates and guidance; no individual")


@sc("newsletter")
def nl_nursing(c):
    a = staff("DNP, RN, NEA-BC", "Chief Nursing Officer", "Nursing Administration")
    winners = [staff("RN", "Staff Nurse", u) for u in ("5 East", "Emergency Department", "NICU")]
    return newsletter(c, a, [role("Nursing", "nursing")], f"Nursing News - {MONTHS[c.d.month - 1]}",
                      "Nursing News", [
                          "Congratulations to this quarter's DAISY Award honorees: " + ", ".join(f"{w.full}, {w.cred} ({w.dept})" for w in winners) + ".",
                          "Magnet redesignation: our document submission is complete and the site visit is tentatively set for fall.",
                          "Clinical ladder applications are due May 15. New this year: precepting hours count toward level III.",
                          "Nurses Week events: ice cream social, CE fair (6 contact hours), and the annual Excellence Awards dinner."],
                      "Nursing newsletter naming award-winning staff; nothing about anyone's health")


@sc("newsletter")
def nl_him(c):
    a = staff("RHIA", "Director, Health Information Management", "Health Information Management")
    return newsletter(c, a, [role("Clinical Staff", "clinical")], "HIM Notes",
                      "HIM Notes", [
                          "Chart completion: delinquent records fell to 3.1% this quarter. Thank you!",
                          "When scanning outside records, always verify two identifiers - the patient's full name and "
                          "date of birth - against the armband or registration. Riverside MRNs begin with the letters "
                          "R and H followed by seven digits; outside chart numbers go in the 'external ID' field, not the MRN field.",
                          "Copy-forward: notes with more than 80% copied text will be flagged for review.",
                          "Release of information turnaround is now 4.2 business days (state limit 30)."],
                      "HIM newsletter describing the MRN format in words; no identifiers, no patient")


@sc("newsletter")
def nl_quality(c):
    a = staff("MD, MMM", "Chief Quality Officer", "Quality & Patient Safety")
    return newsletter(c, a, [role("Leaders", "leaders")], "Quality Matters - Q2",
                      "Quality Matters", [
                          ("table", ["Measure", "Q1", "Q2", "Target"],
                           [["SEP-1 bundle compliance", "71%", "78%", "80%"], ["30-day HF readmissions", "19.8%", "17.2%", "< 18%"],
                            ["CLABSI (SIR)", "0.84", "0.61", "< 0.70"], ["Falls with injury / 1,000 pt days", "0.42", "0.35", "< 0.40"]]),
                          "CMS Overall Star Rating held at 4 stars. Thank you to the sepsis coordinators whose real-time "
                          "lactate reminders drove the SEP-1 improvement."],
                      "Quality newsletter with aggregate measure rates; no individual")


@sc("newsletter")
def nl_vaccines(c):
    a = staff("PharmD, BCACP", "Ambulatory Pharmacy Manager", "Pharmacy")
    return newsletter(c, a, [role("Primary Care", "primarycare")], "Immunization Update",
                      "Immunization Update", [
                          "RSV vaccine (adults): recommended for all adults 75+ and for adults 60-74 at increased risk "
                          "(chronic heart or lung disease, diabetes with end-organ damage, CKD, residence in a nursing home).",
                          "Pneumococcal: PCV20 or PCV21 alone completes the series for most adults 50+ (updated ACIP guidance).",
                          "Shingles: two doses of recombinant zoster vaccine, 2-6 months apart, for adults 50+.",
                          "Billing: CPT 90678/90679 for RSV products; administration 90471."],
                      "Immunization newsletter with eligibility criteria and CPT codes; no patient")


@sc("newsletter")
def nl_cdi(c):
    a = staff("RN, CCDS", "CDI Manager", "Clinical Documentation Integrity")
    return newsletter(c, a, [role("Hospitalists", "hospitalists")], "CDI Tip Sheet: heart failure",
                      "CDI Tip Sheet", [
                          "Specify type and acuity of heart failure:",
                          ("table", ["Documentation", "ICD-10-CM"],
                           [["Acute on chronic systolic HF", "I50.23"], ["Chronic diastolic HF", "I50.32"],
                            ["HFrEF = systolic; HFpEF = diastolic", "(accepted synonyms)"], ["Heart failure, unspecified", "I50.9 - avoid"]]),
                          "Link hypertension and CKD when both are present (I13.0 for hypertensive heart and CKD with HF) - "
                          "the linkage is presumed by the classification.",
                          "Document acute respiratory failure with clinical indicators (SpO2 < 91% on room air, RR > 28)."],
                      "CDI tip sheet with ICD-10-CM codes and clinical indicators; no patient")


@sc("newsletter")
def nl_research(c):
    a = staff("PhD", "Director, Clinical Research Office", "Research")
    pis = [Prov(s_) for s_ in ("Cardiology", "Medical Oncology", "Neurology")]
    return newsletter(c, a, [role("Research Community", "research")], "Research Roundup",
                      "Research Roundup", [
                          "Now enrolling at Riverside:",
                          ("table", ["Study", "Principal investigator", "Who may qualify"],
                           [["Phase 3 oral factor XIa inhibitor after stroke", f"{pis[2].full}, {pis[2].cred}", "Adults within 72 h of ischemic stroke"],
                            ["Community heart-failure remote monitoring trial", f"{pis[0].full}, {pis[0].cred}", "HFrEF, EF <= 40%"],
                            ["Exercise during breast cancer chemotherapy", f"{pis[1].full}, {pis[1].cred}", "Stage I-III, starting chemo"]]),
                          "IRB reminder: continuing-review submissions are due 45 days before expiration."],
                      "Research newsletter listing open trials and PIs; no participant named")


# =============================================================================================
# NEGATIVE: education
# =============================================================================================
@sc("education")
def ed_grand_rounds(c):
    a = staff("", "CME Coordinator", "Office of Continuing Medical Education")
    spk = Prov("Endocrinology")
    start = c.days((3 - c.d.weekday()) % 7 or 7, 7, 30)
    cal = calendar_part(a, [role("Medical Staff", "medstaff")], "Medicine Grand Rounds: DKA and HHS", start, 60,
                        "Pavilion Auditorium / Teams", f"Speaker: {spk.full}, {spk.cred}. 1.0 AMA PRA Category 1 Credit.",
                        f"{hashlib.md5(str(start).encode()).hexdigest()}@{DOMAIN}", stamp=c.d)
    return (M(a, [role("Medical Staff", "medstaff")], "Grand Rounds Thursday: DKA and HHS", calendar=cal, blocks=
              [("h", "Medicine Grand Rounds"), f"Speaker: {spk.full}, {spk.cred} - {spk.spec}",
               "Topic: Diabetic ketoacidosis and hyperosmolar hyperglycemic state in 2024",
               ("olist", ["Apply the 2024 ADA consensus criteria (glucose >= 200 mg/dL or known diabetes, beta-hydroxybutyrate >= 3.0 mmol/L, pH < 7.3 or bicarbonate < 18 mmol/L).",
                          "Choose fluids and potassium replacement (hold insulin if K < 3.5 mmol/L).",
                          "Recognize euglycemic DKA with SGLT2 inhibitors."]),
               "Thursday 7:30 a.m., Pavilion Auditorium and Teams. 1.0 AMA PRA Category 1 Credit(TM)."]),
            "Grand rounds announcement with diagnostic criteria and lab thresholds; no patient")


@sc("education")
def ed_bp_handout(c):
    a = staff("RN, BSN", "Patient Education Coordinator", "Patient Education")
    b = staff("", "Practice Manager", "Stonebridge Primary Care")
    txt = ("HIGH BLOOD PRESSURE: WHAT YOUR NUMBERS MEAN\n\n"
           "Normal: below 120/80\nElevated: 120-129 / below 80\nStage 1 hypertension: 130-139 or 80-89\n"
           "Stage 2 hypertension: 140 or higher, or 90 or higher\nCall 911: 180/120 or higher with chest pain, "
           "shortness of breath, weakness or trouble speaking\n\nTips: limit sodium to under 2,300 mg a day, "
           "walk 30 minutes most days, take medicines such as lisinopril or amlodipine exactly as prescribed, "
           "and check your blood pressure at the same time each day.\n")
    return (M(a, [b], "BP handout for the waiting room",
              [f"Hi {b.first},", "Here's the updated blood pressure handout (English; Spanish and Somali versions "
               "next week). Print on the blue card stock so it stands out in the racks.", sig(a)],
              attachments=[att_pdf("BP_numbers_handout.pdf", [("h", "High Blood Pressure")] + txt.split("\n"), date=c.d)]),
            "Generic patient-education handout (BP categories, drug names) sent for printing")


@sc("education")
def ed_insulin_pen(c):
    a = staff("MSN, RN", "Clinical Nurse Educator", "Nursing Education")
    return (M(a, [role("Med-Surg RNs", "medsurgrn")], "Required: insulin pen safety module",
              [("h", "Insulin pen safety - annual competency"), "Due by the end of the month in the learning system (20 minutes).",
               ("list", ["Insulin pens are single-patient use - never share a pen, even with a new needle.",
                         "Prime 2 units before every dose; hold for 10 seconds after injecting.",
                         "U-500 and concentrated insulin glargine (U-300) pens: never draw up with a syringe.",
                         "Hypoglycemia protocol: glucose < 70 mg/dL - give 15 g fast carbohydrate and recheck in 15 minutes."]),
               sig(a)]),
            "Nursing competency module content on insulin pens; no patient")


@sc("education")
def ed_sepsis(c):
    a = staff("RN", "Sepsis Coordinator", "Quality & Patient Safety")
    return (M(a, [role("ED and Inpatient Nursing", "nursing-acute")], "Sepsis screening refresher",
              [("h", "Sepsis: screen, act, reassess"),
               ("table", ["Screen positive if", "Action within 1 hour"],
                [["2+ SIRS criteria and suspected infection", "Lactate, blood cultures x2 before antibiotics"],
                 ["Lactate >= 2 mmol/L", "Broad-spectrum antibiotics"], ["SBP < 90 or MAP < 65", "30 mL/kg crystalloid if hypotensive or lactate >= 4"]]),
               "Repeat lactate within 6 hours if the initial value is > 2. Document the reassessment with the .SEPSISREASS phrase.",
               sig(a)]),
            "Sepsis education with SIRS/lactate thresholds; no individual")


@sc("education")
def ed_mock_code(c):
    a = staff("RN, CCRN", "Resuscitation Program Coordinator", "Nursing Education")
    rows = [[f"{(c.d + dt.timedelta(days=2 * k)):%a %m/%d}", u, R.choice(["0930", "1400", "2200"])] for k, u in
            enumerate(["4 West", "Cardiac step-down", "Outpatient Infusion", "Radiology MRI"])]
    return (M(a, [role("Unit Managers", "unitmanagers")], "Mock code schedule",
              [("h", "Unannounced mock codes - this month"), "We will run 10-minute in-situ mock codes using the SimMan "
               "manikin on these units (exact time not announced to staff):", ("table", ["Date", "Unit", "Approx. time"], rows),
               "Focus: time to first compression (< 60 s), time to defibrillation (< 2 min for VF), and closed-loop "
               "communication. Debrief immediately after.", sig(a)]),
            "Mock-code training schedule with resuscitation targets; manikin only, no patient")


@sc("education")
def ed_journal_club(c):
    a = staff("MD", "Chief Resident", "Internal Medicine Residency")
    return (M(a, [role("IM Residents", "imresidents")], "Journal club Wednesday",
              [f"Hi all - journal club this Wednesday at noon (pizza in the resident lounge).",
               "Article: a randomized trial of finerenone in patients with type 2 diabetes and CKD (FIDELIO-DKD design).",
               ("list", ["Primary outcome: kidney failure, sustained eGFR decline >= 40%, or renal death - HR 0.82 (95% CI 0.73-0.93).",
                         "Hyperkalemia leading to discontinuation: 2.3% vs 0.9%.",
                         "Discussion: where does a non-steroidal MRA fit alongside SGLT2 inhibitors and ACE inhibitors?"]),
               "Presenters: PGY-2 team C. Please read the supplementary appendix."]),
            "Journal club with trial statistics; no individual patient")


@sc("education")
def ed_stewardship(c):
    a = staff("PharmD, BCIDP", "Antimicrobial Stewardship Pharmacist", "Pharmacy")
    return (M(a, [role("Hospitalists", "hospitalists"), role("ED Providers", "edproviders")], "Updated CAP pocket guide",
              [("h", "Community-acquired pneumonia - empiric therapy (inpatient, non-ICU)"),
               ("table", ["Scenario", "Regimen"], [["Standard", "Ceftriaxone 1 g IV q24h + azithromycin 500 mg IV/PO daily"],
                                                   ["Beta-lactam allergy (severe)", "Levofloxacin 750 mg daily"],
                                                   ["MRSA risk (prior MRSA resp. isolate)", "Add vancomycin; de-escalate if nasal PCR negative"]]),
               "Duration: minimum 5 days and clinically stable 48 h. Procalcitonin < 0.25 ng/mL supports stopping.",
               "Local antibiogram: S. pneumoniae 96% susceptible to ceftriaxone.", sig(a)],
              attachments=[att_pdf("CAP_pocket_guide_2024.pdf", [("h", "CAP Pocket Guide 2024"), "Ceftriaxone 1 g IV q24h + azithromycin 500 mg",
                                                                 "Severe beta-lactam allergy: levofloxacin 750 mg daily", "Duration >= 5 days",
                                                                 "Procalcitonin < 0.25 ng/mL supports stopping"], date=c.d)]),
            "Antibiotic stewardship guide with regimens and doses; no patient")


@sc("education")
def ed_peds_dosing(c):
    a = staff("PharmD", "Pediatric Clinical Pharmacist", "Pharmacy")
    b = staff("MD", "Medical Director", "Cedar Hollow Pediatrics")
    return (M(a, [b], "Weight-based dosing card - final",
              [f"Dr. {b.last},", "Final version of the weight-based antipyretic card for the exam rooms:",
               ("table", ["Weight", "Acetaminophen 160 mg/5 mL (15 mg/kg)", "Ibuprofen 100 mg/5 mL (10 mg/kg, 6 mo+)"],
                [["6-7.9 kg", "2.5 mL", "3 mL"], ["8-10.9 kg", "3.75 mL", "4 mL"], ["11-15.9 kg", "5 mL", "6 mL"], ["16-21.9 kg", "7.5 mL", "8 mL"]]),
               "Max 5 acetaminophen doses in 24 hours; ibuprofen every 6-8 hours.", sig(a)]),
            "Pediatric weight-based dosing card; no child identified")


@sc("education")
def ed_stroke(c):
    a = staff("MSN, RN, SCRN", "Stroke Program Coordinator", "Neurosciences")
    return (M(a, [role("All Clinical Staff", "clinical")], "Stroke awareness: BE-FAST",
              [("h", "Stroke Month: BE-FAST"), "Balance, Eyes, Face, Arms, Speech, Time to call a Code Stroke (dial 55).",
               "IV thrombolysis window: up to 4.5 hours from last known well; tenecteplase 0.25 mg/kg is now our agent. "
               "Thrombectomy may be considered up to 24 hours for large-vessel occlusion.",
               "Door-to-needle goal: 45 minutes. Last year's median was 38 minutes.", sig(a)]),
            "Stroke education with treatment windows and system medians; no patient")


@sc("education")
def ed_hipaa_training(c):
    a = staff("JD", "Privacy Officer", "Compliance")
    return (M(a, [role("All Workforce", "allworkforce")], "Privacy minute: minimum necessary",
              [("h", "Privacy Minute"), "Protected health information (PHI) is any individually identifiable health "
               "information: a patient's name, date of birth, MRN, address or phone together with anything about their "
               "care or payment. De-identified or aggregate numbers are not PHI.",
               ("list", ["Use [secure] in the subject when e-mailing PHI outside Riverside.",
                         "Don't look up family, friends, co-workers or yourself in the EHR.",
                         "Templates and blank forms are fine to share; completed forms are not."]),
               "Report concerns to the privacy hotline (614) 555-0188.", sig(a)]),
            "Privacy training explaining what PHI is; no individual")


# =============================================================================================
# NEGATIVE: aggregate (counts, rates, de-identified statistics)
# =============================================================================================
@sc("aggregate")
def ag_readmissions(c):
    a = staff("MS", "Senior Quality Analyst", "Quality & Patient Safety")
    rows = [[u, str(R.randint(180, 620)), str(R.randint(18, 90)), f"{R.uniform(8, 19):.1f}%"] for u in
            ("4 West", "5 East", "6 North", "Cardiac step-down", "Medical ICU", "Observation")]
    return (M(a, [role("Quality Council", "qualitycouncil")], "30-day readmissions by unit",
              [f"30-day all-cause readmissions, {MONTHS[(c.d.month - 2) % 12]}:", ("table", ["Unit", "Discharges", "Readmits", "Rate"], rows),
               "Heart failure remains the top readmission diagnosis; the transitions clinic pilot on 6 North begins next month.", sig(a)]),
            "Unit-level readmission counts and rates; aggregate only")


@sc("aggregate")
def ag_ed_throughput(c):
    a = staff("", "Operations Analyst", "Emergency Department")
    return (M(a, [role("ED Leadership", "edleaders")], "ED monthly throughput",
              [("kv", [("Visits", f"{R.randint(5200, 6900):,}"), ("Median door-to-provider", f"{R.randint(11, 24)} min"),
                       ("Median LOS (discharged)", f"{R.randint(170, 260)} min"), ("Left without being seen", f"{R.uniform(1.2, 3.5):.1f}%"),
                       ("Admission rate", f"{R.uniform(17, 26):.1f}%"), ("Boarding hours", f"{R.randint(900, 2600):,}")]),
               "Chest pain and abdominal pain remained the top chief complaints.", sig(a)], style=R.choice(["plain7", "qp", "html"])),
            "ED throughput metrics for the month; aggregate only")


@sc("aggregate")
def ag_hai(c):
    a = staff("MPH, CIC", "Infection Preventionist", "Infection Prevention")
    rows = [[m, str(R.randint(0, 4)), str(R.randint(1, 6)), str(R.randint(2, 9)), str(R.randint(0, 3))] for m in MONTHS[:3]]
    return (M(a, [role("Infection Control Committee", "icc")], "Q1 HAI counts",
              [("table", ["Month", "CLABSI", "CAUTI", "C. diff (HO)", "MRSA bacteremia"], rows),
               "SIRs will be final once NHSN releases the quarter's denominators.", sig(a)]),
            "Quarterly hospital-acquired infection counts; no individual")


@sc("aggregate")
def ag_registry_csv(c):
    a = staff("", "Population Health Data Analyst", "Population Health")
    b = staff("MD", "Medical Director, Population Health", "Population Health")
    rows = [["clinic", "patients_with_diabetes", "a1c_gt_9", "a1c_gt_9_pct", "bp_controlled_pct", "eye_exam_pct"]]
    for f in FACILITIES[3:10]:
        n = R.randint(600, 2400)
        k = int(n * R.uniform(0.08, 0.2))
        rows.append([f, str(n), str(k), f"{100 * k / n:.1f}", f"{R.uniform(55, 78):.1f}", f"{R.uniform(40, 70):.1f}"])
    return (M(a, [b], "Diabetes registry summary by clinic",
              [f"Dr. {b.last},", "Summary counts by clinic (no patient-level rows, cells under 11 suppressed per policy).",
               sig(a)], attachments=[att_csv("diabetes_registry_summary.csv", rows)]),
            "Registry summary CSV with clinic-level counts and percentages; aggregate")


@sc("aggregate")
def ag_vaccination(c):
    a = staff("RN", "Community Health Manager", "Community Health")
    return (M(a, [role("Community Health Team", "communityhealth")], "Vaccine campaign wrap-up",
              [f"What a season! We gave {R.randint(3800, 5200):,} flu shots and {R.randint(1200, 2100):,} COVID-19 boosters at "
               f"{R.randint(30, 48)} community events. {R.randint(18, 31)}% of doses went to people without a regular doctor.",
               "Top sites: the Lindenfield library pop-up and the Eastbrook mosque health day.", sig(a)]),
            "Vaccination campaign totals; aggregate only")


@sc("aggregate")
def ag_sepsis_q3(c):
    a = staff("RN", "Sepsis Coordinator", "Quality & Patient Safety")
    n = R.randint(38, 55)
    return (M(a, [role("Sepsis Committee", "sepsiscommittee")], "Q3 sepsis summary",
              [f"{n} patients had severe sepsis or septic shock in Q3 ({R.randint(8, 15)} from the ICU). Bundle compliance "
               f"was {R.randint(70, 84)}%, and the most common failure was the repeat lactate. Mortality was "
               f"{R.uniform(9, 16):.1f}% (observed/expected {R.uniform(0.7, 1.1):.2f}).", sig(a)], style="plain7"),
            "Quarterly sepsis counts and bundle compliance; aggregate")


@sc("aggregate")
def ag_denials(c):
    a = staff("", "Denials Analyst", "Revenue Cycle")
    rows = [[r_, str(R.randint(80, 700)), f"${R.randint(40, 900):,}K", cpt] for r_, cpt in
            [("Authorization missing", "70553, 72148"), ("Medical necessity", "93306, 95810"), ("Eligibility", "99214"),
             ("Coding/bundling", "20610 + 99213"), ("Timely filing", "various")]]
    return (M(a, [role("Revenue Cycle Leadership", "rcleaders")], "Denials by category - YTD",
              [("table", ["Category", "Claims", "Dollars", "Top CPT"], rows), "Authorization denials are down 14% since the PA work queue launched.", sig(a)]),
            "Year-to-date denial counts by category with CPT codes; no claim-level data")


@sc("aggregate")
def ag_research_json(c):
    a = staff("PhD", "Biostatistician", "Research")
    b = ext_person("hie", "PhD", "Research Data Lead")
    obj = {"dataset": "heart-failure-outcomes-deid", "method": "HIPAA Safe Harbor", "n": R.randint(4000, 9000),
           "age_bands": {"18-44": R.randint(200, 500), "45-64": R.randint(1200, 2500), "65-89": R.randint(1800, 4000), "90+": R.randint(60, 200)},
           "sex": {"female": R.randint(2000, 4000), "male": R.randint(2000, 4000)},
           "ef_category": {"HFrEF": R.randint(1500, 3000), "HFmrEF": R.randint(500, 900), "HFpEF": R.randint(1500, 3000)},
           "one_year_mortality_pct": round(R.uniform(12, 22), 1), "cells_lt_11_suppressed": True}
    return (M(a, [b], "De-identified dataset - summary stats",
              [f"Hi {b.first},", "Summary statistics for the de-identified HF outcomes extract are attached. The row-level "
               "file will go through the secure research enclave after the DUA is executed.", sig(a)],
              attachments=[att_json("hf_deid_summary.json", obj)]),
            "De-identified dataset summary (age bands, counts) in JSON; no row-level data")


@sc("aggregate")
def ag_hcahps(c):
    a = staff("", "Patient Experience Analyst", "Patient Experience")
    rows = [[d, f"{R.randint(70, 90)}%", f"{R.randint(62, 85)}%", f"{R.randint(55, 80)}%"] for d in
            ("Communication with nurses", "Communication with doctors", "Responsiveness of staff", "Quietness at night")]
    return (M(a, [role("Nursing Directors", "nursingdirectors")], "HCAHPS top-box - rolling 12 months",
              [("table", ["Domain", "RMC", "Riverside North", "National 50th pct"], rows),
               f"n = {R.randint(1400, 2600):,} completed surveys. Comments are themed, not attributed.", sig(a)]),
            "HCAHPS top-box percentages by domain; aggregate")


@sc("aggregate")
def ag_census(c):
    a = staff("RN", "House Supervisor", "Patient Placement")
    rows = [[u, str(cap), str(cap - R.randint(0, 6)), str(R.randint(0, 5))] for u, cap in
            [("4 West", 32), ("5 East", 30), ("6 North", 28), ("MICU", 20), ("SICU", 16), ("L&D", 14)]]
    return (M(a, [role("Bed Huddle", "bedhuddle")], f"Census / bed status {c.d:%m/%d}",
              [("table", ["Unit", "Staffed beds", "Occupied", "Pending discharges"], rows),
               f"House occupancy {R.randint(88, 97)}%. ED holding {R.randint(4, 14)} admits. Surge plan level 1.", sig(a)], style="plain7"),
            "Morning census by unit with occupancy counts; no patient names")


# =============================================================================================
# NEGATIVE: birth_year (birth years/birthdays with no health context)
# =============================================================================================
@sc("birth_year")
def by_founder(c):
    a = staff("", "Archivist", "Riverside Health Foundation")
    f = P(sex="F")
    return (M(a, [role("All Staff", "allstaff")], "125 years: meet our founder",
              [("h", "Riverside at 125"), f"Our founder, Dr. {f.first} {f.last}, was born in 1868 in a farmhouse outside "
               f"Marlow, Indiana. In 1899 she opened a 12-bed infirmary above a dry-goods store on Canal Street - the "
               "building that became Riverside Medical Center.",
               "The archive exhibit in the Pavilion lobby runs all month, with her original ledger and the 1902 "
               "nursing school class photo.", sig(a)]),
            "Hospital history piece giving the founder's birth year; no health information")


@sc("birth_year")
def by_birthdays(c):
    a = staff("", "Unit Secretary", "5 East")
    ppl = [staff("RN") for _ in range(5)]
    m = c.d.month % 12 + 1
    rows = [[p.full, f"{MONTHS[m - 1]} {R.randint(1, 28)}"] for p in ppl]
    return (M(a, [role("5 East Staff", "5east")], f"{MONTHS[m - 1]} birthdays!",
              ["Happy birthday to our team members celebrating next month:", ("table", ["Name", "Birthday"], rows),
               "Cake in the break room on the 15th at 1400 (and 0200 for nights!).", sig(a, short=True)]),
            "Staff birthday list (names and dates); no health context")


@sc("birth_year")
def by_retirement(c):
    a = staff("RN", "Nurse Manager", "Medical ICU")
    r_ = staff("RN", sex="F")
    return (M(a, [role("MICU Staff", "micu")], f"Retirement party for {r_.first}",
              [f"After 40 years at Riverside, {r_.full} is retiring! Born in Manila in 1959, {r_.first} came to Ohio "
               "in 1984 and started as a new grad on 4 West before joining the MICU in 1991. She has precepted more "
               "nurses than anyone can count.",
               f"Join us Friday, {long_date(c.days(10))}, 3-5 p.m. in the Pavilion Conference Room. Card and gift collection "
               "at the MICU desk.", sig(a)]),
            "Retirement announcement with a nurse's birth year and career history; no health info")


@sc("birth_year")
def by_board_member(c):
    a = staff("", "Board Liaison", "Office of the President")
    m_ = P(sex=R.choice("FM"))
    return (M(a, [role("Leadership Team", "leadership")], "New board member",
              [f"The Board of Trustees has elected {m_.full} to a three-year term. Born in 1962 in Accra, Ghana, "
               f"{m_.first} is a civil engineer and former Lindenfield city manager who led the county's broadband "
               "expansion. They will serve on the Finance and Community Benefit committees.", sig(a)]),
            "Board member bio with birth year and career; no health information")


@sc("birth_year")
def by_employee_month(c):
    a = staff("", "Internal Communications Specialist", "Marketing & Communications")
    e = staff("", "Lead Cook", "Food & Nutrition Services")
    return (M(a, [role("All Staff", "allstaff")], "Employee of the Month",
              [("h", f"Employee of the Month: {e.full}"), f"{e.first} ({e.title}, {e.dept}) has worked the early shift for "
               f"12 years. A proud Cleveland native born on the Fourth of July, 1978, {e.first} is famous for the "
               "Friday chili and for learning every regular's coffee order.",
               "Nominations for next month close on the 25th.", sig(a)], style=R.choice(["html", "alt"])),
            "Employee-of-the-month profile with a birthday/birth year; no health context")


@sc("birth_year")
def by_volunteer_90(c):
    a = staff("", "Manager, Volunteer Services", "Volunteer Services")
    v = P(sex="F", domain="mail.example")
    return (M(a, [role("Volunteers", "volunteers")], f"Happy 90th, {v.first}!",
              [f"Please join us in wishing {v.full} a happy 90th birthday! Born in 1934, {v.first} has volunteered "
               "at the information desk every Tuesday since 1996 - more than 5,000 hours.",
               "We'll celebrate with cake at the desk next Tuesday at 10 a.m.", sig(a)]),
            "Volunteer's 90th birthday with birth year; no health information")


@sc("birth_year")
def by_nursing_reunion(c):
    a = staff("", "Alumni Relations", "Riverside Health Foundation")
    org = [P(domain=R.choice(PERSONAL_DOMAINS), sex="F") for _ in range(2)]
    return (M(a, org, "Class of 1975 reunion - details",
              [f"Hello {org[0].first} and {org[1].first},", "Thank you for organizing the Riverside School of Nursing "
               "Class of 1975 reunion! Most of the class was born between 1952 and 1954, so we expect a lively crowd "
               "of 'seventy-somethings'.",
               "The Foundation will host the luncheon in the Pavilion and give a tour of the old nursing residence.", sig(a)]),
            "Alumni reunion planning mentioning birth years of a class; no health")


@sc("birth_year")
def by_generations(c):
    a = staff("", "HR Analytics Manager", "Human Resources")
    rows = [["Born 1946-1964", "9%"], ["Born 1965-1980", "27%"], ["Born 1981-1996", "44%"], ["Born 1997 or later", "20%"]]
    return (M(a, [role("HR Business Partners", "hrbp")], "Workforce by generation",
              ["For the retention strategy session - our workforce by birth-year cohort:", ("table", ["Cohort", "Share of employees"], rows),
               "Turnover is highest in the youngest cohort in year one.", sig(a)]),
            "Workforce share by birth-year cohort; aggregate, no health")


@sc("birth_year")
def by_cake_signup(c):
    a = staff("", "Administrative Assistant", "Finance")
    who = staff("", "Financial Analyst", "Finance")
    return (M(a, [role("Finance Team", "finance")], f"{who.first}'s birthday Friday",
              [f"Hi all - {who.first}'s birthday is Friday ({MONTHS[c.d.month - 1]} {min(28, c.d.day + 3)}). Sign up below if you want to chip in "
               "for the cake; I'm ordering from the bakery on Vinton St.",
               ("table", ["Name", "Amount"], [[staff().full, "$5"] for _ in range(3)]), sig(a, short=True)]),
            "Office birthday cake sign-up; no health context")


@sc("birth_year")
def by_time_capsule(c):
    a = staff("", "Community Relations Coordinator", "Marketing & Communications")
    kid = P(domain="mail.example")
    return (M(a, [role("Leadership Team", "leadership")], "Time capsule opening",
              [f"The 1974 time capsule will be opened on the Pavilion lawn next month. The letter inside was written "
               f"by {kid.full}, then a 10-year-old born in 1964 who won the Riverside 'Hospital of the Future' essay "
               f"contest. {kid.first} has agreed to read it aloud at the ceremony.", sig(a)]),
            "Time-capsule event naming a contest winner and birth year; no health")


# =============================================================================================
# NEGATIVE: staff_admin
# =============================================================================================
@sc("staff_admin")
def sa_schedule(c):
    a = staff("RN", "Charge Nurse", "4 West")
    ppl = [staff("RN") for _ in range(6)]
    d0 = c.d - dt.timedelta(days=c.d.weekday())
    rows = [[p.full] + [R.choice(["D", "D", "N", "-", "-", "OC"]) for _ in range(7)] for p in ppl]
    return (M(a, ppl, "4W schedule posted - week 2",
              [f"Schedule for the week of {d0:%m/%d} is posted. D = 0700-1930, N = 1900-0730, OC = on call.",
               ("table", ["Name", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"], rows),
               "Swaps must be approved by me or the manager in the scheduling app.", sig(a, short=True)]),
            "Nurse shift schedule; staff names only")


@sc("staff_admin")
def sa_compliance_training(c):
    a = staff("", "Compliance Education Specialist", "Compliance")
    mgr = staff("", "Manager", "Patient Financial Services")
    ppl = [staff() for _ in range(4)]
    return (M(a, [mgr], "Overdue annual compliance modules",
              [f"{mgr.first},", "These team members have not completed the annual HIPAA & Code of Conduct modules "
               "(due last Friday). Access to the EHR will be suspended on the 15th if not completed.",
               ("table", ["Employee", "Module", "Due"], [[p.full, R.choice(["HIPAA Privacy & Security", "Code of Conduct", "Both"]), mdy(c.days(-3))] for p in ppl]),
               sig(a)]),
            "Overdue compliance-training list; names and modules only")


@sc("staff_admin")
def sa_garage(c):
    a = staff("", "Parking Services Manager", "Facilities")
    return (M(a, [role("All Staff - RMC Campus", "rmcstaff")], "Garage B level 3 closed Saturday",
              [f"Garage B, level 3 will be closed {wd_long(c.days(4))} from 5 a.m. to 6 p.m. for sealing. Staff normally "
               "parking there should use Garage C; shuttle service runs every 10 minutes.", sig(a)], style="plain7"),
            "Parking garage closure notice")


@sc("staff_admin")
def sa_badge_photo(c):
    a = staff("", "Protective Services Coordinator", "Protective Services")
    return (M(a, [role("All Staff", "allstaff")], "Badge photo day",
              ["New badge design! Stop by the Pavilion lobby Tuesday or Wednesday between 7 a.m. and 7 p.m. for a new "
               "photo. Old badges stop working at the end of next month. Bring your current badge to swap.", sig(a)]),
            "Badge photo day announcement")


@sc("staff_admin")
def sa_pto(c):
    a = staff("", "Practice Manager", "Harbor Point Heart & Vascular")
    e = staff("", "Medical Assistant", "Harbor Point Heart & Vascular")
    return (M(a, [e], "RE: Vacation request",
              [f"Hi {e.first}, your vacation request for {mdy(c.days(30))}-{mdy(c.days(34))} is approved. {staff().first} will cover the "
               "front for check-in that week.", sig(a, short=True),
               chain([prior(e, [a], c.ago(20), "Vacation request", [f"Hi {a.first}, can I take vacation the week of "
                                                                      f"{mdy(c.days(30))}? Family trip to Myrtle Beach. Thanks! {e.first}"])])], reply=True),
            "Vacation (PTO) approval between staff; no health reason")


@sc("staff_admin")
def sa_orientation(c):
    a = staff("", "Onboarding Specialist", "Human Resources")
    ppl = [staff("", t) for t in ("Registered Nurse", "Pharmacy Technician", "Patient Access Rep", "Respiratory Therapist", "EVS Technician")]
    return (M(a, [role("Hiring Managers", "hiringmanagers")], "New hire orientation roster",
              [f"The following new hires start orientation {wd_long(c.days(5))} at 0800 in Pavilion Room 2:",
               ("table", ["Name", "Position", "Department"], [[p.full, p.title, R.choice(["5 East", "Pharmacy", "Patient Access", "Respiratory Care", "EVS"])] for p in ppl]),
               "Managers: please have a preceptor meet them at 1300 on day 2.", sig(a)]),
            "New-hire orientation roster; names and job titles")


@sc("staff_admin")
def sa_reviews(c):
    a = staff("", "HR Business Partner", "Human Resources")
    return (M(a, [role("People Leaders", "peopleleaders")], "Performance review cycle opens",
              ["The annual performance review cycle opens Monday. Self-evaluations are due in three weeks; manager "
               "reviews and calibration by the end of the quarter. Merit increases take effect with the first pay "
               "period in October.", sig(a)]),
            "HR performance-review cycle notice")


@sc("staff_admin")
def sa_emergency_codes(c):
    a = staff("", "Emergency Management Coordinator", "Emergency Management")
    return (M(a, [role("All Staff", "allstaff")], "Plain-language emergency alerts",
              ["Starting next month we switch to plain-language overhead alerts: 'Facility alert: fire, 4th floor "
               "West' instead of 'Code Red'. 'Code Blue' (medical emergency) and 'Code Stroke' stay the same.",
               "Quarterly fire drills continue; please review your unit's evacuation route.", sig(a)]),
            "Emergency alert policy update for staff")


@sc("staff_admin")
def sa_meeting_invite(c):
    a = staff("MSN, RN", "Director, Perioperative Services", "Perioperative Services")
    att = [staff("RN", "Nurse Manager", "PACU"), staff("", "Manager", "Sterile Processing"), staff("MD", "Medical Director", "Anesthesiology")]
    start = c.workday(6, 13)
    cal = calendar_part(a, att, "Periop operations huddle", start, 30, "Pavilion Room 4 / Teams",
                        "Agenda: first-case on-time starts, instrument tray turnaround, block release policy.",
                        f"{hashlib.md5(str(start).encode()).hexdigest()}@{DOMAIN}", stamp=c.d)
    return (M(a, att, "Periop operations huddle", ["Agenda: first-case on-time starts, instrument tray turnaround, block release policy.",
                                                    "Teams link will be in the invite."], calendar=cal),
            "Meeting invitation (calendar) about OR operations; no patient")


@sc("staff_admin")
def sa_scrubs(c):
    a = staff("DNP, RN", "Chief Nursing Officer", "Nursing Administration")
    return (M(a, [role("Nursing", "nursing")], "Uniform colors by role",
              ["As voted by the nursing councils, scrub colors by role take effect January 1: RNs - navy; PCTs - "
               "ceil blue; respiratory therapists - hunter green; pharmacy - black. A one-time $150 allowance is on "
               "your paycheck.", sig(a)]),
            "Uniform policy announcement")


@sc("staff_admin")
def sa_holiday(c):
    a = staff("", "Payroll Manager", "Human Resources - Payroll")
    hol = [(1, "Martin Luther King Jr. Day", 15), (5, "Memorial Day", 27), (7, "Independence Day", 4), (9, "Labor Day", 2),
           (11, "Thanksgiving", 28), (12, "Christmas Day", 25)]
    mon, name, day = next((h for h in hol if (h[0], h[2]) >= (c.d.month, c.d.day + 5)), hol[0])
    return (M(a, [role("All Staff", "allstaff")], f"{name}: holiday pay and payroll dates",
              [f"Holiday premium (1.5x) applies to hours worked on {name} ({MONTHS[mon - 1]} {day}). Because of the holiday, "
               "timecards for that pay period must be approved by 10 a.m. on the following business day. Direct deposit "
               "is unchanged.", sig(a)], style="b64"),
            "Holiday payroll notice")


# =============================================================================================
# NEGATIVE: name_only (members of the public named; nothing about health or care)
# =============================================================================================
@sc("name_only")
def no_volunteers(c):
    a = staff("", "Volunteer Coordinator", "Volunteer Services")
    v = [P(domain=R.choice(PERSONAL_DOMAINS)) for _ in range(6)]
    rows = [[x.full, R.choice(["Mon AM", "Tue PM", "Wed AM", "Thu PM", "Sat AM"]), R.choice(["Gift shop", "Information desk", "Pet therapy escort", "Wayfinding"])] for x in v]
    return (M(a, [role("Volunteer Services", "volunteers")], "Volunteer schedule - next month",
              ["Here's next month's volunteer schedule:", ("table", ["Volunteer", "Shift", "Assignment"], rows), sig(a)]),
            "Volunteer roster with names and shifts; nothing implies they are patients")


@sc("name_only")
def no_contractor_parking(c):
    a = staff("", "Parking Services Coordinator", "Facilities")
    ppl = [P() for _ in range(4)]
    rows = [[p.full, "Kestrel Construction", f"Permit C-{R.randint(100, 999)}", f"{R.choice(['Ford F-150', 'Chevy Silverado', 'Ram 2500', 'Toyota Tacoma'])} - {alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')} {digits(4)}"] for p in ppl]
    return (M(a, [role("Security Dispatch", "securitydispatch")], "Contractor parking permits",
              ["Please add these contractor permits for the Pavilion renovation (valid through the end of the month):",
               ("table", ["Name", "Company", "Permit", "Vehicle / plate"], rows), sig(a)]),
            "Contractor parking permits with names and plates; no health info")


@sc("name_only")
def no_5k_registrants(c):
    a = staff("", "Events Coordinator", "Riverside Health Foundation")
    ppl = [public() for _ in range(5)]
    rows = [[p.full, p.email, R.choice(["5K", "5K", "1-mile walk"]), R.choice(["S", "M", "L", "XL"])] for p in ppl]
    return (M(a, [staff("", "Volunteer Lead", "Riverside Health Foundation")], "Late registrants for packet pickup",
              ["Late registrants - please add to the packet pickup list:", ("table", ["Name", "E-mail", "Event", "Shirt"], rows), sig(a)]),
            "Charity run registrants with names and e-mail addresses; no health information")


@sc("name_only")
def no_job_fair_lost(c):
    a = staff("", "Security Officer", "Protective Services")
    p = public()
    return (M(a, [p], "Your jacket from the career fair",
              [f"Hi {p.first},", "We found a navy jacket with your name tag from Saturday's career fair in the Pavilion "
               "auditorium. You can pick it up at the Security office (B1) any time - just bring a photo ID.", sig(a)]),
            "Lost-and-found note to a career-fair attendee; no health context")


@sc("name_only")
def no_donor_list(c):
    a = staff("", "Annual Giving Officer", "Riverside Health Foundation")
    d = [P(domain="mail.example") for _ in range(6)]
    return (M(a, [role("Foundation Board", "foundationboard")], "Thank-you calls this week",
              ["Board members, thank you for making thank-you calls. Each donor below gave $1,000+ to the Spring Appeal:",
               ("table", ["Donor", "Gift", "Caller"], [[x.full, f"${R.choice([1000, 1500, 2500, 5000]):,}", staff().full] for x in d]),
               sig(a)]),
            "Donor thank-you call list; names and gift amounts only")


@sc("name_only")
def no_choir(c):
    a = staff("", "Chaplain", "Spiritual Care")
    ch = [P(domain=R.choice(PERSONAL_DOMAINS)) for _ in range(5)]
    season = "holiday" if c.d.month in (10, 11, 12, 1) else "spring" if c.d.month < 6 else "summer"
    return (M(a, ch, f"Lobby {season} concert rehearsal",
              ["Dear singers,", f"Thank you for joining the Community Choir for our lobby {season} concert! Rehearsal is "
               "Thursday 6:30 p.m. in the chapel. Please wear black with a colored scarf.", sig(a)]),
            "Community choir members addressed about a rehearsal; no health information")


@sc("name_only")
def no_scholarships(c):
    a = staff("", "Scholarship Program Manager", "Riverside Health Foundation")
    w = [P() for _ in range(4)]
    return (M(a, [role("Leadership Team", "leadership")], "Future Health Professionals scholarship winners",
              ["Congratulations to this year's Future Health Professionals scholarship recipients:",
               ("list", [f"{x.full}, {R.choice(['Lindenfield High School', 'Millbrook Central', 'Eastbrook Academy', 'Harbor Point High'])} - {R.choice(['nursing', 'pharmacy', 'respiratory therapy', 'medical laboratory science'])}" for x in w]),
               "Awards will be presented at the board meeting.", sig(a)]),
            "Scholarship winners (local students) named; no health information")


@sc("name_only")
def no_knitting(c):
    a = staff("", "Community Relations Assistant", "Marketing & Communications")
    k = [P(sex="F", domain=R.choice(PERSONAL_DOMAINS)) for _ in range(3)]
    return (M(a, k, "Thank you for the knitted caps!",
              [f"Dear {k[0].first}, {k[1].first} and {k[2].first},", "The Lindenfield Knitting Circle's donation of 240 "
               "caps arrived today. They'll be given out at our community events this winter. Thank you!", sig(a)]),
            "Thank-you to community knitters; no health information")


@sc("name_only")
def no_vendor_fair(c):
    a = staff("", "Value Analysis Coordinator", "Supply Chain")
    reps = [ext_person(R.choice(["device", "supply", "wholesale"]), "", "Sales Representative") for _ in range(5)]
    rows = [[r_.full, r_.dept, f"Table {k + 1}"] for k, r_ in enumerate(reps)]
    return (M(a, [role("Security Dispatch", "securitydispatch")], "Vendor fair badges",
              ["Please print vendor badges for Wednesday's product fair:", ("table", ["Name", "Company", "Table"], rows), sig(a)]),
            "Vendor-fair attendee badges; names and companies")


@sc("name_only")
def no_catering(c):
    a = staff("", "Catering Manager", "Food & Nutrition Services")
    g = [P() for _ in range(4)]
    return (M(a, [staff("", "Executive Assistant", "Office of the President")], "Lunch order for board guests",
              ["Confirming the boxed-lunch order for tomorrow's board guests:",
               ("table", ["Guest", "Lunch"], [[x.full, R.choice(["Turkey club", "Veggie wrap", "Chicken Caesar", "Salmon salad"])] for x in g]),
               sig(a)]),
            "Catering order with guest names and sandwich choices; no health information")


# =============================================================================================
# NEGATIVE: other_label (General/Internal sensitivity labels; non-PHI content)
# =============================================================================================
def other_label(kind):
    names = {"general": ["General", "General", "general"], "internal": ["Internal", "Internal", "Internal Only", "internal"]}
    return (kind, R.choice(names[kind]))


@sc("other_label")
def ol_budget(c):
    a = staff("CPA", "Finance Director", "Finance")
    return (M(a, [staff("", "Vice President", "Operations")], "FY25 operating budget - draft 2",
              ["Draft 2 attached below in summary. Net patient revenue assumes 3.2% volume growth; salaries include the "
               "3% merit pool; supplies assume 4% inflation with GLP-1 drug spend flat.",
               ("table", ["Line", "FY24 forecast", "FY25 draft"], [["Net patient revenue", "$1.42B", "$1.50B"], ["Salaries & benefits", "$812M", "$846M"], ["Supplies", "$268M", "$281M"]]),
               sig(a)], label=other_label("internal")),
            "Budget summary with an Internal sensitivity label; no PHI")


@sc("other_label")
def ol_it_maint(c):
    a = staff("", "Change Manager", "IT - Infrastructure")
    return (M(a, [role("IT Change Advisory Board", "itcab")], "CAB: EHR read-only downtime Sunday",
              [f"Approved: EHR read-only downtime {wd_long(c.days(5))} 0100-0330 for the quarterly upgrade. Downtime "
               "BCA reports will be printed at 0030 on every unit. Lab, pharmacy and radiology interfaces queue and "
               "replay after the upgrade.", sig(a)], label=other_label("general")),
            "IT downtime notice with a General label; no PHI")


@sc("other_label")
def ol_policy(c):
    a = staff("JD", "Policy Manager", "Compliance")
    return (M(a, [role("Policy Committee", "policy")], "Policy PRV-104 revision for vote",
              ["PRV-104 (E-mail of PHI) revisions: external e-mail containing PHI must use [secure]; texting PHI is "
               "allowed only in the secure chat app; sensitivity labels must be applied by the sender. Redline "
               "available on the policy site.", sig(a)], label=other_label("internal")),
            "Policy draft about PHI handling with an Internal label; contains no PHI")


@sc("other_label")
def ol_staffing(c):
    a = staff("MSN, RN", "Director", "Critical Care Services")
    return (M(a, [role("Critical Care Managers", "ccmanagers")], "Travel nurse contracts",
              [f"We extended 6 travel RN contracts through {long_date(c.days(90))} (4 MICU, 2 SICU) at the renegotiated "
               "rate. Vacancy is down to 11 FTE. Please finalize orientation plans for the 3 new grads starting next month.",
               sig(a)], label=other_label("internal")),
            "Staffing update with an Internal label; no PHI")


@sc("other_label")
def ol_lab_menu(c):
    a = staff("MLS(ASCP)", "Laboratory Manager", "Laboratory")
    return (M(a, [role("Clinic Managers", "clinicmanagers")], "Send-out test menu changes",
              ["From next month, vitamin B1, zinc and the celiac panel move to Tri-County Reference Laboratory; "
               "turnaround 3-5 days. Collect in a lavender top for B1, royal blue (no additive) for zinc.", sig(a)],
              label=other_label("general")),
            "Lab test-menu change with a General label; no PHI")


@sc("other_label")
def ol_vendor_review(c):
    a = staff("", "Vendor Risk Analyst", "IT - Security")
    return (M(a, [staff("", "Director", "IT - Security")], "Vendor security review: fax-to-email service",
              ["Summary of the third-party risk review for the cloud fax vendor: SOC 2 Type II current, BAA template "
               "acceptable, encryption at rest AES-256, data center in US-East. Open item: pen-test summary. "
               "Recommendation: approve with conditions.", sig(a)], label=other_label("internal")),
            "Vendor security review with an Internal label; no PHI")


@sc("other_label")
def ol_town_hall(c):
    a = staff("", "Executive Communications Manager", "Office of the President")
    return (M(a, [role("All Staff", "allstaff")], "CEO town hall Thursday",
              ["Join our CEO for a town hall Thursday at noon (Pavilion Auditorium and livestream). Topics: the new "
               "Heart & Vascular Pavilion, the merit increase, and the Riverside North ED expansion.", sig(a)],
              label=other_label("general")),
            "Town-hall announcement with a General label")


@sc("other_label")
def ol_capital(c):
    a = staff("", "Capital Planning Analyst", "Finance")
    return (M(a, [role("Capital Committee", "capital")], "Capital requests ranked",
              ["Top-ranked FY25 capital requests: 3T MRI replacement ($3.1M), sterile processing washers ($780K), "
               "ICU monitors ($1.4M), fleet of 40 infusion pumps ($410K). Total requested $14.2M vs $9.0M available.",
               sig(a)], label=other_label("internal")),
            "Capital-request ranking with an Internal label; no PHI")


@sc("other_label")
def ol_meeting_notes(c):
    a = staff("RN", "Quality Coordinator", "Quality & Patient Safety")
    return (M(a, [role("Falls Committee", "fallscommittee")], "Falls committee notes",
              ["Notes: bed-alarm audit shows 86% compliance; hourly rounding script revised; purchase of 20 low beds "
               "approved; next meeting focuses on toileting schedules. No individual events reviewed this month.",
               sig(a)], label=other_label("general")),
            "Committee notes without individual events, General label")


@sc("other_label")
def ol_security_alert(c):
    a = staff("", "Security Awareness Lead", "IT - Security")
    return (M(a, [role("All Staff", "allstaff")], "Phishing alert: fake payroll e-mail",
              ["We're seeing a phishing e-mail titled 'Your payroll adjustment' that links to a fake sign-in page. "
               "Don't click it - use the Phish Alert button. Payroll will never ask you to sign in from an e-mail link.",
               sig(a)], label=other_label("general")),
            "Security awareness alert with a General label")


# =============================================================================================
# NEGATIVE: general (IT, vendor, shipping, finance, facilities)
# =============================================================================================
@sc("general")
def ge_epic_downtime(c):
    s = role("Riverside IT Service Desk", "servicedesk")
    return (M(s, [role("All Users", "allusers")], "Planned downtime: Imprivata single sign-on",
              [f"Single sign-on badge tap will be unavailable {wd_long(c.days(3))} 0200-0300. You can log in with "
               "username and password during this window. No action is needed.", sig(s)], footer=False),
            "IT downtime notice")


@sc("general")
def ge_vendor_question(c):
    v = ext_person("device", "", "Account Executive")
    a = staff("", "Director, Clinical Engineering", "Clinical Engineering")
    fin = staff("", "Capital Planning Analyst", "Finance")
    m1 = prior(v, [a], c.ago(120), "Service contract renewal options",
               [f"Hi {a.first},", "Attached in the portal are three renewal options for your 240 infusion pumps: "
                "full service (parts, labor, PM), PM-only, and time-and-materials. The full-service quote includes "
                "the battery refresh and the new drug library software. Happy to walk through on a call.",
                sig(v, PARTNERS["device"][0])])
    m2 = prior(a, [fin], c.ago(70), "FW: Service contract renewal options",
               [f"{fin.first} - can you model full service vs. PM-only over 3 years? Our in-house techs did 412 pump PMs last year."])
    m3 = prior(fin, [a], c.ago(30), "RE: FW: Service contract renewal options",
               ["3-year cost: full service $1.18M, PM-only $0.71M plus ~$260K parts at last year's failure rate. Full service "
                "wins if battery failures stay above 9%."])
    return (M(a, [v], "RE: FW: Service contract renewal options",
              [f"{v.first}, we're leaning toward full service. Can you hold the quoted price through the end of the quarter?",
               sig(a), chain([m1, m2, m3])], reply=True),
            "Four-level vendor/finance chain about an infusion-pump service contract")


@sc("general")
def ge_shipping_delay(c):
    v = ext_person("supply", "", "Customer Care")
    a = staff("", "Buyer", "Supply Chain")
    mgrs = [staff("RN", "Nurse Manager", u) for u in ("Emergency Department", "Medical ICU")]
    inner = M(v, [a], "Delay: gloves and isolation gowns",
              [f"Hello {a.first},", "Due to port congestion, nitrile gloves (all sizes) and level 2 isolation gowns "
               "are delayed 7-10 days. We've allocated you 80% of your 8-week average. Substitutions available: "
               "vinyl exam gloves (non-sterile).", sig(v, PARTNERS["supply"][0])], style="plain7")
    blocks = ["Managers - forwarding the distributor's notice. We have about 12 days of gloves on hand system-wide; please "
              "don't stockpile on the units. Gowns are at 9 days.", sig(a)]
    return (M(a, mgrs, "FW: Delay: gloves and isolation gowns", blocks, attachments=[inner_message(inner, c.ago(5), phi=False)]),
            "Forwarded (message/rfc822) supply-delay notice about gloves and gowns")


@sc("general")
def ge_month_end(c):
    a = staff("", "Controller", "Finance")
    return (M(a, [role("Finance Team", "finance")], "Month-end close calendar",
              ["Close calendar: accruals due WD2, payroll true-up WD3, bad-debt reserve WD4, flash to the CFO WD5. "
               "Please post reclasses by noon WD3.", sig(a)], style="plain7"),
            "Finance month-end close schedule")


@sc("general")
def ge_phish_results(c):
    a = staff("", "Security Awareness Lead", "IT - Security")
    return (M(a, [role("Department Directors", "directors")], "Phishing simulation results",
              [f"Last month's simulation: {R.randint(9, 14)}% click rate (down from 17%), {R.randint(35, 55)}% report rate. "
               "Departments with click rates above 15% will receive a targeted 10-minute module.", sig(a)]),
            "Phishing simulation aggregate results")


@sc("general")
def ge_printers(c):
    a = staff("", "Desktop Support Lead", "IT - End User Services")
    return (M(a, [role("Clinic Managers", "clinicmanagers")], "Printer replacements next week",
              ["We're replacing label printers in all clinic check-in areas next week. Each swap takes 15 minutes. "
               "The new printers print armbands and specimen labels; test pages will be run with sample labels "
               "reading 'TEST LABEL - NOT FOR USE'.", sig(a)]),
            "Printer replacement notice")


@sc("general")
def ge_capital_ultrasound(c):
    a = staff("MD", "Chair", "Department of Emergency Medicine")
    return (M(a, [staff("", "Capital Planning Analyst", "Finance")], "Capital request: point-of-care ultrasound",
              ["Requesting two point-of-care ultrasound units ($48K each) for the ED fast track and triage. "
               "Justification: reduced radiology turnaround for FAST exams and line placement; quotes from two vendors attached in the portal.",
               sig(a)]),
            "Capital equipment request")


@sc("general")
def ge_linen(c):
    v = ext_person("linen", "", "Regional Manager")
    a = staff("", "Director, Environmental Services", "Environmental Services")
    return (M(v, [a], "Contract renewal - linen pricing",
              [f"{a.first},", "Our renewal proposal keeps the per-pound rate at $0.71 for three years with a 2.5% "
               "annual cap after that, adds RFID tracking on scrubs at no charge, and moves delivery to 5 a.m.",
               sig(v, PARTNERS["linen"][0])]),
            "Linen vendor contract renewal")


@sc("general")
def ge_m365(c):
    a = staff("", "Microsoft 365 Program Manager", "IT - Collaboration")
    return (M(a, [role("All Users", "allusers")], "Your mailbox moves this weekend",
              ["Your mailbox moves to the new tenant this weekend. On Monday, restart Outlook and sign in again. "
               "Shared mailboxes and calendars move with you. Sensitivity labels (General, Internal, Confidential - PHI) "
               "will appear on the ribbon.", sig(a)]),
            "M365 migration notice mentioning label names; no PHI")


@sc("general")
def ge_construction(c):
    a = staff("", "Construction Project Manager", "Facilities Planning")
    return (M(a, [role("RMC Campus Staff", "rmcstaff")], "Construction update: ED expansion",
              ["Crane lift Saturday 6 a.m.-2 p.m.; the ambulance bay stays open but the walk-in ED entrance moves to "
               "the north door. Expect noise near the 1st-floor Radiology waiting room.", sig(a)]),
            "Facilities construction update")


@sc("general")
def ge_cafeteria(c):
    a = staff("", "Retail Food Manager", "Food & Nutrition Services")
    return (M(a, [role("All Staff - RMC Campus", "rmcstaff")], "Cafe menu this week",
              ["Monday: Taco bar. Tuesday: Pho. Wednesday: Jollof rice and suya chicken. Thursday: Pierogi. Friday: "
               "Fish fry. Heart-healthy options are marked with a green leaf.", sig(a)], style="qp"),
            "Cafeteria menu")


# =============================================================================================
# positives: shared clinical helpers
# =============================================================================================
PANELS = {
    "BMP": [("Sodium", "mmol/L", (136, 145), "2951-2"), ("Potassium", "mmol/L", (3.5, 5.1), "2823-3"),
            ("Chloride", "mmol/L", (98, 107), "2075-0"), ("CO2", "mmol/L", (22, 29), "2028-9"),
            ("BUN", "mg/dL", (7, 20), "3094-0"), ("Creatinine", "mg/dL", (0.6, 1.3), "2160-0"),
            ("Glucose", "mg/dL", (70, 99), "2345-7"), ("Calcium", "mg/dL", (8.6, 10.3), "17861-6")],
    "CBC": [("WBC", "x10^3/uL", (4.0, 11.0), "6690-2"), ("Hemoglobin", "g/dL", (12.0, 16.0), "718-7"),
            ("Hematocrit", "%", (36.0, 46.0), "4544-3"), ("Platelets", "x10^3/uL", (150, 400), "777-3"),
            ("MCV", "fL", (80, 100), "787-2")],
    "Lipid panel": [("Cholesterol, total", "mg/dL", (0, 199), "2093-3"), ("LDL cholesterol (calc)", "mg/dL", (0, 99), "13457-7"),
                    ("HDL cholesterol", "mg/dL", (40, 200), "2085-9"), ("Triglycerides", "mg/dL", (0, 149), "2571-8")],
    "Thyroid": [("TSH", "mIU/L", (0.4, 4.2), "3016-3"), ("Free T4", "ng/dL", (0.8, 1.8), "3024-7")],
    "Hemoglobin A1c": [("Hemoglobin A1c", "%", (4.0, 5.6), "4548-4")],
    "Hepatic": [("ALT", "U/L", (7, 56), "1742-6"), ("AST", "U/L", (10, 40), "1920-8"), ("Alkaline phosphatase", "U/L", (44, 147), "6768-6"),
                ("Bilirubin, total", "mg/dL", (0.1, 1.2), "1975-2"), ("Albumin", "g/dL", (3.5, 5.0), "1751-7")],
    "Vitamin D": [("Vitamin D, 25-hydroxy", "ng/mL", (30, 100), "1989-3")],
    "Iron studies": [("Ferritin", "ng/mL", (15, 150), "2276-4"), ("Iron", "ug/dL", (50, 170), "2498-4"), ("Iron saturation", "%", (20, 50), "2502-3")],
}


DECIMALS = {"Sodium": 0, "Potassium": 1, "Chloride": 0, "CO2": 0, "BUN": 0, "Creatinine": 2, "Glucose": 0, "Calcium": 1,
            "WBC": 1, "Hemoglobin": 1, "Hematocrit": 1, "Platelets": 0, "MCV": 0, "TSH": 2, "Free T4": 2,
            "Hemoglobin A1c": 1, "ALT": 0, "AST": 0, "Alkaline phosphatase": 0, "Bilirubin, total": 1, "Albumin": 1,
            "Vitamin D, 25-hydroxy": 0, "Ferritin": 0, "Iron": 0, "Iron saturation": 0}


def fmt_val(v, lo, hi, name=None):
    if name in DECIMALS:
        return f"{v:.{DECIMALS[name]}f}"
    if hi < 2:
        return f"{v:.2f}"
    if hi < 30 or isinstance(lo, float):
        return f"{v:.1f}"
    return f"{v:.0f}"


def results(panel, abn=0.35):
    out = []
    for name, unit, (lo, hi), loinc in PANELS[panel]:
        span = hi - lo if lo > 0 else hi
        if R.random() < abn:
            v = R.choice([lo - span * R.uniform(0.05, 0.25), hi + span * R.uniform(0.05, 0.6)]) if lo > 0 else hi + span * R.uniform(0.05, 0.7)
        else:
            v = R.uniform(lo + span * 0.1, hi - span * 0.1) if lo > 0 else R.uniform(hi * 0.4, hi * 0.95)
        v = max(v, 0.1)
        flag = "H" if v > hi else ("L" if lo > 0 and v < lo else "")
        rng = f"<{hi + (1 if hi >= 30 else 0)}" if lo == 0 else f"{lo}-{hi}"
        if name == "HDL cholesterol":
            rng = ">39"
        out.append((name, fmt_val(v, lo, hi, name), unit, rng, flag, loinc))
    return out


def res_rows(rs):
    return [[n, v, u, r_, f] for n, v, u, r_, f, _ in rs]


def ptkv(p, d, mrn_=True, dob_split=False, extra=None):
    dob = mdy(p.dob)
    if dob_split:
        dob = f"{dob[:6]}\x01{dob[6:]}"
    kv = [("Patient", f"{p.last}, {p.first}"), ("DOB", dob)]
    if mrn_:
        kv.append(("MRN", p.mrn))
    return ("kv", kv + (extra or []))


def rad_report(p, exam, history, technique, comparison, findings, impression, rad, d, acc=None, mrn_=True):
    hdr = [f"PATIENT: {p.last.upper()}, {p.first.upper()}    DOB: {mdy(p.dob)}" + (f"    MRN: {p.mrn}" if mrn_ else ""),
           f"ACCESSION: {acc or 'RAD' + digits(8, '0123456789')}    DATE OF SERVICE: {mdy(d)}",
           f"ORDERING: {R.choice(['Dr. ', ''])}{P(cred='MD').full}, MD", ""]
    body = [f"EXAM: {exam}", "", f"CLINICAL HISTORY: {history}", "", f"TECHNIQUE: {technique}", "",
            f"COMPARISON: {comparison}", "", "FINDINGS:"] + [f"{x}" for x in findings] + ["", "IMPRESSION:"] + \
           [f"{i + 1}. {x}" for i, x in enumerate(impression)] + ["", f"Electronically signed by: {rad.full}, {rad.cred} on {mdy(d)} {d:%H:%M}"]
    return "\n".join(hdr + body)


def wrap_lines(text, width=92):
    out = []
    for ln in text.split("\n"):
        out.extend(textwrap.wrap(ln, width) or [""])
    return out


def ccda_xml(p, title, code, code_name, author, org, problems=(), meds=(), allergies=(), labs=(), encounter=None, d=None, extra_section=None):
    d = d or BASE
    sex = "F" if p.sex == "F" else "M"
    e = xesc
    x = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:sdtc="urn:hl7-org:sdtc">',
         '  <realmCode code="US"/>', '  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>',
         '  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>',
         f'  <id root="2.16.840.1.113883.19.5.99999.1" extension="{digits(10)}"/>',
         f'  <code code="{code}" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC" displayName="{e(code_name)}"/>',
         f'  <title>{e(title)}</title>', f'  <effectiveTime value="{d:%Y%m%d%H%M%S}-0500"/>',
         '  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>', '  <languageCode code="en-US"/>',
         '  <recordTarget>', '    <patientRole>',
         f'      <id extension="{p.mrn}" root="2.16.840.1.113883.3.7201.1.1" assigningAuthorityName="Riverside Health"/>',
         f'      <addr use="HP"><streetAddressLine>{e(p.street)}</streetAddressLine><city>{e(p.town)}</city><state>{p.state}</state><postalCode>{p.zip}</postalCode><country>US</country></addr>',
         f'      <telecom use="HP" value="tel:+1-{p.home[1:4]}-{p.home[6:]}"/>', '      <patient>',
         f'        <name use="L"><given>{e(p.first)}</given><family>{e(p.last)}</family></name>',
         f'        <administrativeGenderCode code="{sex}" codeSystem="2.16.840.1.113883.5.1"/>',
         f'        <birthTime value="{p.dob:%Y%m%d}"/>', '      </patient>', '    </patientRole>', '  </recordTarget>',
         '  <author>', f'    <time value="{d:%Y%m%d%H%M}"/>', '    <assignedAuthor>',
         f'      <id root="2.16.840.1.113883.4.6" extension="{author.npi}"/>',
         f'      <assignedPerson><name><given>{e(author.first)}</given><family>{e(author.last)}</family><suffix>{e(author.cred.split(",")[0])}</suffix></name></assignedPerson>',
         f'      <representedOrganization><name>{e(org)}</name></representedOrganization>', '    </assignedAuthor>', '  </author>',
         '  <custodian><assignedCustodian><representedCustodianOrganization>',
         '    <id root="2.16.840.1.113883.19.5"/><name>Riverside Health</name>',
         '  </representedCustodianOrganization></assignedCustodian></custodian>']
    if encounter:
        x += ['  <componentOf><encompassingEncounter>', f'    <effectiveTime><low value="{encounter[0]:%Y%m%d}"/><high value="{encounter[1]:%Y%m%d}"/></effectiveTime>',
              f'    <location><healthCareFacility><location><name>{e(encounter[2])}</name></location></healthCareFacility></location>',
              '  </encompassingEncounter></componentOf>']
    x += ['  <component>', '    <structuredBody>']

    def section(tid, loinc, name, rows_html, entries):
        s = ['      <component>', '        <section>', f'          <templateId root="{tid}" extension="2015-08-01"/>',
             f'          <code code="{loinc}" codeSystem="2.16.840.1.113883.6.1" displayName="{e(name)}"/>',
             f'          <title>{e(name)}</title>', '          <text>', '            <table border="1"><tbody>']
        s += [f'              <tr>{"".join(f"<td>{e(str(c))}</td>" for c in r_)}</tr>' for r_ in rows_html]
        s += ['            </tbody></table>', '          </text>'] + entries + ['        </section>', '      </component>']
        return s
    if problems:
        ents = []
        for icd, desc in problems:
            ents += ['          <entry><act classCode="ACT" moodCode="EVN"><code code="CONC" codeSystem="2.16.840.1.113883.5.6"/>',
                     '            <entryRelationship typeCode="SUBJ"><observation classCode="OBS" moodCode="EVN">',
                     f'              <value xsi:type="CD" code="{icd}" codeSystem="2.16.840.1.113883.6.90" codeSystemName="ICD-10-CM" displayName="{e(desc)}"/>',
                     '            </observation></entryRelationship></act></entry>']
        x += section("2.16.840.1.113883.10.20.22.2.5.1", "11450-4", "Problems", [(i, dd) for i, dd in problems], ents)
    if meds:
        x += section("2.16.840.1.113883.10.20.22.2.1.1", "10160-0", "Medications", [(m_, dose, fr) for m_, dose, fr in meds], [])
    if allergies:
        x += section("2.16.840.1.113883.10.20.22.2.6.1", "48765-2", "Allergies and Intolerances", [(a_, r_) for a_, r_ in allergies], [])
    if labs:
        x += section("2.16.840.1.113883.10.20.22.2.3.1", "30954-2", "Results", [(n, v, u, f) for n, v, u, _, f, _ in labs], [])
    if extra_section:
        x += section("2.16.840.1.113883.10.20.22.2.10", extra_section[0], extra_section[1], extra_section[2], [])
    x += ['    </structuredBody>', '  </component>', '</ClinicalDocument>']
    return "\n".join(x) + "\n"


def hl7_name(p):
    return f"{p.last.upper()}^{p.first.upper()}^{R.choice(['', 'A', 'M', 'J', 'L', 'R'])}"


def msh(d, typ, app="EPIC", fac="RMC", rapp="TCRL", rfac="TCRL", ver="2.5.1"):
    return f"MSH|^~\\&|{app}|{fac}|{rapp}|{rfac}|{d:%Y%m%d%H%M%S}||{typ}|{digits(10)}|P|{ver}"


def pid(p, ssn_=False, phone_=True):
    addr = f"{p.street}^^{p.town}^{p.state}^{p.zip}^USA^H"
    ph = f"^PRN^PH^^1^{p.home[1:4]}^{p.home[6:9]}{p.home[10:]}" if phone_ else ""
    return (f"PID|1||{p.mrn}^^^RH^MR~{digits(9)}^^^RHFIN^AN||{hl7_name(p)}||{p.dob:%Y%m%d}|{'F' if p.sex == 'F' else 'M'}|||"
            f"{addr}||{ph}|||||{digits(9)}|{p.ssn if ssn_ else ''}")


# =============================================================================================
# POSITIVE: lab_result
# =============================================================================================
@sc("lab_result")
def lr_portal_values(c):
    p = Patient()
    s = role("RiversideConnect", "noreply", "portal." + DOMAIN)
    panel = R.choice(["Lipid panel", "BMP", "Thyroid"])
    rs = results(panel)
    col = c.days(-2)
    blocks = [f"Hi {p.first},", f"A new test result from your {panel} collected on {long_date(col)} is available. Your "
              f"provider may add a comment later.", ("table", ["Test", "Your value", "Units", "Standard range", "Flag"], res_rows(rs)),
              "Log in to RiversideConnect to see trends and message your care team. Please do not reply to this e-mail.",
              ("small", "Riverside Health patient portal notification.")]
    return (M(s, [p], "New test result available", blocks, style=R.choice(["html", "alt"]), html_style="portal",
              html_title="RiversideConnect", footer=False),
            f"Portal e-mail to a named patient showing her/his {panel} values")


@sc("lab_result")
def lr_a1c_letter(c):
    p = Patient(age=(40, 80))
    doc = Prov(R.choice(["Family Medicine", "Internal Medicine"]))
    a1c = R.choice(["7.9", "8.4", "6.8", "9.1", "7.2"])
    blocks = [f"Dear {p.mr},", f"Your hemoglobin A1c from {long_date(c.days(-5))} was {a1c}% (your previous value was "
              f"{float(a1c) + R.choice([-0.6, 0.4, 0.9]):.1f}%). Our goal for you is below 7%.",
              f"Please keep taking metformin 1000 mg twice daily. I would like to add empagliflozin 10 mg once daily - "
              "the pharmacy will call you. We'll recheck your A1c in 3 months.", f"Sincerely,", sig(doc)]
    return (M(doc, [p], "Your recent lab results", blocks, style=R.choice(["plain7", "qp", "alt"])),
            "Physician letter to a named patient with the patient's HbA1c value and medication plan")


@sc("lab_result")
def lr_html_table_mrn(c):
    lab = role("Riverside Laboratory Services", "lab-results")
    doc = Prov(R.choice(["Nephrology", "Internal Medicine"]))
    p = Patient()
    rs = results("BMP", 0.5)
    blocks = [f"Dr. {doc.last},", "The following results were finalized for your patient:", ptkv(p, c.d, True, True, [("Collected", f"{mdy(c.days(-1))} 06:42"), ("Ordering", doc.fullc)]),
              ("table", ["Component", "Result", "Units", "Ref range", "Flag"], res_rows(rs)),
              "Results are also in the EHR In Basket.", ("small", "Riverside Laboratory Services, CLIA 36D0000000")]
    return (M(lab, [doc], "Result notification", blocks, style="html", html_style="outlook"),
            "Lab result HTML table with patient name, span-split DOB and MRN")


@sc("lab_result")
def lr_cbc_pdf(c):
    lab = ext_person("lab", "", "Client Services")
    doc = Prov(R.choice(["Hematology", "Family Medicine"]))
    p = Patient()
    rs = results("CBC", 0.5)
    lines = [("h", "Tri-County Reference Laboratory"), ("s", "Final report"), ("rule", ""),
             f"Patient: {p.full}    DOB: {mdy(p.dob)}    Sex: {p.sex}",
             f"Ordering provider: {doc.fullc}    Client: Riverside Health", f"Collected: {mdy(c.days(-1))} 09:15   Reported: {mdy(c.d)}", ("rule", ""),
             ("b", "TEST                 RESULT      UNITS        REFERENCE      FLAG")]
    lines += [f"{n:<20} {v:<11} {u:<12} {r_:<14} {f}" for n, v, u, r_, f, _ in rs]
    lines += [("rule", ""), ("s", "Performed at Tri-County Reference Laboratory. Medical director: see website.")]
    blocks = [f"Dear Dr. {doc.last},", f"Attached is the final CBC report for {p.full}. Please contact client services "
              "with any questions.", sig(lab, PARTNERS["lab"][0])]
    return (M(lab, [doc], "Final report attached", blocks, attachments=[att_pdf(f"TCRL_report_{digits(7)}.pdf", lines, date=c.d)]),
            "Reference-lab PDF with a named patient's CBC values (no MRN)")


@sc("lab_result")
def lr_critical(c):
    a = staff("MLS(ASCP)", "Clinical Laboratory Scientist", "Laboratory - Core Chemistry")
    rn = staff("RN", "Charge Nurse", R.choice(["5 East", "6 North", "4 West"]))
    p = Patient(age=(50, 90))
    k = R.choice(["6.7", "6.4", "2.6", "6.9"])
    blocks = [f"{rn.first} -", f"Documenting the critical call: POTASSIUM {k} mmol/L (critical) on {p.full.upper()}, rm "
              f"{rn.dept[:2].strip()}{R.randint(10, 40)}, collected {c.ago(1):%H%M}. Read back by {rn.full}, RN at {c.d:%H%M}. "
              "Specimen not hemolyzed. Hospitalist notified by the RN.", sig(a, short=True)]
    return (M(a, [rn], "critical call documentation", blocks, style="plain7"),
            "Critical potassium value called for a named inpatient")


@sc("lab_result")
def lr_inr_csv(c):
    rph = staff("PharmD, CACP", "Anticoagulation Pharmacist", "Anticoagulation Clinic")
    doc = Prov("Cardiology")
    p = Patient(age=(55, 88))
    rows = [["date", "inr", "warfarin_weekly_mg", "next_check"]]
    dose = R.choice([30, 35, 37.5, 40])
    for k in range(6):
        d_ = c.d - dt.timedelta(days=7 * (6 - k))
        rows.append([f"{d_:%Y-%m-%d}", f"{R.uniform(1.6, 3.6):.1f}", str(dose), f"{(d_ + dt.timedelta(days=7)):%Y-%m-%d}"])
    blocks = [f"Dr. {doc.last},", f"INR log for {p.full} (DOB {mdy(p.dob)}) attached - two values above 3.0 in the last "
              "month after the amiodarone start. I reduced the weekly warfarin dose by 10% and will recheck in one week.", sig(rph)]
    return (M(rph, [doc], f"INR trend - {p.last}", blocks, attachments=[att_csv(f"inr_log_{p.last.lower().replace(' ', '')}.csv", rows)]),
            "Named patient's INR log CSV with warfarin dosing")


@sc("lab_result")
def lr_pap_letter(c):
    p = Patient(sex="F", age=(25, 60))
    doc = Prov("Obstetrics & Gynecology", app=R.random() < 0.5)
    blocks = [f"Dear {p.first} {p.last},", f"Your Pap test and HPV test from {long_date(c.days(-10))} are back. The Pap "
              "showed no abnormal cells (NILM) and the high-risk HPV test was negative.",
              "Based on these results, your next cervical cancer screening is due in 5 years.", "Take care,", sig(doc, "Lakeview Women's Health")]
    return (M(doc, [p], "Your results", blocks, style=R.choice(["qp", "b64", "html"])),
            "Letter to a named patient with her Pap/HPV results")


@sc("lab_result")
def lr_lyme_outside(c):
    lab = ext_person("lab", "MD", "Medical Director")
    doc = Prov(R.choice(["Family Medicine", "Infectious Disease"]))
    p = Patient()
    blocks = [f"Dr. {doc.last},", f"Courtesy notification: the Lyme disease two-tier result for your patient {p.full} "
              f"(DOB {mdy(p.dob)}) is positive - EIA index 3.4 (positive), IgM immunoblot 3 of 3 bands (positive), IgG "
              "2 of 10 bands (negative). Pattern consistent with early infection if symptoms < 30 days.",
              "This is reportable to the county health department; we have submitted the lab report.", sig(lab, PARTNERS["lab"][0])]
    return (M(lab, [doc], "Positive result notification", blocks),
            "Outside lab notifying a physician of a named patient's positive Lyme serology")


@sc("lab_result")
def lr_forward_tsh(c):
    ma = staff("CMA", "Medical Assistant", "Millbrook Family Medicine")
    doc = Prov("Family Medicine")
    p = Patient()
    tsh = R.choice(["0.08", "7.9", "11.2", "0.21"])
    orig = prior(ext_person("lab", "", "Client Services"), [ma], c.ago(5), "Results - Millbrook FM",
                 [f"Results for {p.last.upper()}, {p.first.upper()}: TSH {tsh} mIU/L (0.40-4.20), free T4 pending."], style="outlook")
    blocks = [f"Dr. {doc.last}, FYI abnormal TSH on {p.first} {p.last} - {p.he} is on levothyroxine 75 mcg. Do you want me to "
              "schedule a lab recheck or a visit?", sig(ma, short=True), chain([orig])]
    return (M(ma, [doc], "FW: Results - Millbrook FM", blocks),
            "Forwarded lab result with a named patient's abnormal TSH and current medication")


@sc("lab_result")
def lr_json_payload(c):
    eng = staff("", "Integration Engineer", "IT - Interfaces")
    b = staff("", "Lab Systems Analyst", "Laboratory Information Systems")
    p = Patient()
    rs = results("Hepatic", 0.4)
    obj = {"resourceType": "DiagnosticReport", "status": "final", "code": {"text": "Hepatic function panel"},
           "subject": {"display": p.full, "identifier": {"system": "urn:oid:2.16.840.1.113883.3.7201.1.1", "value": p.mrn},
                       "birthDate": p.dob.isoformat()},
           "effectiveDateTime": f"{c.days(-1):%Y-%m-%dT%H:%M:%S}-05:00",
           "result": [{"code": {"coding": [{"system": "http://loinc.org", "code": lo}], "text": n}, "valueQuantity": {"value": float(v), "unit": u},
                       "referenceRange": r_, "interpretation": f or "N"} for n, v, u, r_, f, lo in rs]}
    blocks = [f"{b.first},", "This is the payload the new app received for the failed reconciliation ticket - one real "
              "result, so please delete after you've compared it with the lab system. The interpretation flags map "
              "correctly; the problem is the timezone offset.", sig(eng)]
    return (M(eng, [b], "Payload for the reconciliation ticket", blocks, attachments=[att_json("diagnosticreport_payload.json", obj)]),
            "Real lab DiagnosticReport JSON with a patient's name, MRN, DOB and hepatic panel")


@sc("lab_result")
def lr_patient_email(c):
    p = Patient()
    nurse = staff("RN", "Triage Nurse", "Stonebridge Primary Care")
    ldl = R.randint(160, 210)
    orig = prior(p, [nurse], c.ago(20), "cholesterol",
                 [f"Hello, this is {p.full}. I saw my cholesterol test in the app, my LDL is {ldl} and it's flagged red. "
                  "Last year it was 140. Does this mean I need to start a statin? My dad had a heart attack at 60. Thank you"], style="gmail")
    blocks = [f"Hi {p.first},", f"Thanks for your message. I shared your LDL of {ldl} mg/dL with Dr. {P().last}, who would like "
              "to discuss starting atorvastatin at a visit. I've put you on the schedule request list - you'll get a call "
              "within 2 business days.", sig(nurse), chain([orig])]
    return (M(nurse, [p], "RE: cholesterol", blocks, reply=True),
            "Nurse reply to a named patient about the patient's LDL result (patient wrote from personal e-mail)")


# =============================================================================================
# POSITIVE: referral (named patient; mostly no identifiers)
# =============================================================================================
@sc("referral")
def rf_cardiology_letter(c):
    pcp = Prov(R.choice(["Family Medicine", "Internal Medicine"]))
    card = Prov("Cardiology")
    p = Patient(age=(55, 85))
    blocks = [f"Dear Dr. {card.last},", f"Thank you for seeing my patient, {p.full}, a {p.age(c.d)}-year-old "
              f"{'woman' if p.sex == 'F' else 'man'} with new-onset atrial fibrillation found on an ECG at {p.his} "
              f"annual visit last week (rate 112, no prior history). {p.he.capitalize()} reports two months of "
              "intermittent palpitations and mild exertional dyspnea.",
              f"CHA2DS2-VASc is 3 (age, hypertension, diabetes). I started apixaban 5 mg twice daily and metoprolol "
              "succinate 25 mg daily. TSH was normal; echo is ordered.",
              "I'd appreciate your help with rate versus rhythm strategy. Please see within 2-3 weeks if possible.",
              "Best regards,", sig(pcp)]
    return (M(pcp, [card], f"Referral - {p.first} {p.last}", blocks, style=R.choice(["plain7", "qp", "alt"])),
            "Referral letter naming a patient with new atrial fibrillation and medications; no identifiers")


@sc("referral")
def rf_ereferral_form(c):
    s = role("Riverside e-Referral", "ereferral")
    spec = Prov(R.choice(["Rheumatology", "Neurology", "Gastroenterology"]))
    p = Patient()
    reason = {"Rheumatology": "Symmetric small-joint polyarthritis x 4 months, morning stiffness > 1 h; RF positive, CCP pending",
              "Neurology": "New-onset headaches with visual aura, worsening over 6 weeks; normal exam",
              "Gastroenterology": "Iron deficiency anemia (Hgb 9.8) with intermittent dark stools"}[spec.spec]
    blocks = [f"A new referral has been sent to {spec.spec} ({spec.full}).",
              ("kv", [("Patient", p.full), ("Referring provider", Prov("Family Medicine").fullc), ("Priority", R.choice(["Routine", "Urgent (within 2 weeks)"])),
                      ("Reason for referral", reason), ("Requested service", f"Consult and treat - {spec.spec}"),
                      ("Insurance", "Verified - no authorization required")]),
              "Please review and accept or redirect within 2 business days.", ("small", "Automated message from the referral work queue.")]
    return (M(s, [spec], "New referral received", blocks, style=R.choice(["html", "alt"]), html_style="outlook"),
            "e-Referral notification with a named patient and the clinical reason for referral")


@sc("referral")
def rf_pt_after_scope(c):
    surg = Prov("Orthopedic Surgery")
    pt = ext_person("ortho", "PT, DPT", "Physical Therapist")
    p = Patient(age=(20, 60))
    blocks = [f"Hi {pt.first},", f"Referring {p.full} to you for post-op rehab. {p.he.capitalize()} had a right knee "
              f"arthroscopic partial medial meniscectomy on {long_date(c.days(-6))}. WBAT, no restrictions on ROM.",
              "Goals: full extension, quad activation, return to recreational soccer at ~6 weeks. 2x/week for 6 weeks.",
              f"{p.first} will call your office to schedule. Thanks!", sig(surg, "Westgate Orthopedics & Sports Medicine")]
    return (M(surg, [pt], "PT referral", blocks),
            "Surgeon referring a named patient to outside PT with procedure details")


@sc("referral")
def rf_behavioral(c):
    pcp = Prov("Family Medicine", app=R.random() < 0.5)
    bh = staff("LCSW", "Behavioral Health Navigator", "Riverside Behavioral Health - Elm Street")
    p = Patient(age=(18, 50))
    blocks = [f"{bh.first},", f"Warm hand-off request: {p.first} {p.last} screened PHQ-9 = 17 and GAD-7 = 14 today. "
              f"No SI (C-SSRS negative). Started sertraline 25 mg x 1 week then 50 mg. {p.he.capitalize()} would prefer "
              "telehealth therapy in the evenings and has agreed to be contacted by your team.",
              f"Best number is the mobile on file. Thank you!", sig(pcp)]
    return (M(pcp, [bh], "Warm hand-off", blocks, style=R.choice(["plain7", "b64", "html"])),
            "Behavioral-health referral for a named patient with PHQ-9/GAD-7 scores and medication")


@sc("referral")
def rf_gi_fit(c):
    ma = staff("CMA", "Referral Coordinator", "Stonebridge Primary Care")
    gi = staff("", "Scheduler", "Gastroenterology")
    p = Patient(age=(45, 75))
    blocks = [f"Hi {gi.first},", f"Sending over a referral for diagnostic colonoscopy for {p.full} - positive FIT on "
              f"{mdy(c.days(-12))}. Dx R19.5. {p.he.capitalize()} takes clopidogrel (Dr. wants cardiology clearance "
              "before holding). Prefers mornings, Tue/Thu.", "Order is in the chart. Thank you!", sig(ma)]
    return (M(ma, [gi], f"Colonoscopy referral - {p.last}", blocks),
            "Referral for colonoscopy for a named patient with positive FIT, ICD-10 and medication")


@sc("referral")
def rf_outside_ortho_chain(c):
    coord = staff("", "Referral Coordinator", "Riverside Eastbrook Clinic")
    ext_ = ext_person("ortho", "", "Intake Coordinator")
    doc = Prov("Family Medicine")
    p = Patient(age=(30, 80))
    old = prior(doc, [coord], c.ago(50), f"Ortho referral - {p.first} {p.last}",
                [f"Please send {p.first} {p.last} to Summit Bone & Joint (hand surgery). Right carpal tunnel syndrome, "
                 "EMG confirms moderate median neuropathy, failed splinting and a steroid injection. Patient prefers their "
                 "Harbor Point office."])
    mid = prior(ext_, [coord], c.ago(20), f"RE: Ortho referral - {p.first} {p.last}",
                [f"Received, thank you. We need the EMG report and last office note before we can schedule {p.first}."])
    blocks = [f"Hi {ext_.first},", "EMG report and the last note are faxed (6 pages). Let me know if anything else is needed.",
              sig(coord), chain([old, mid])]
    return (M(coord, [ext_], f"RE: Ortho referral - {p.first} {p.last}", blocks, reply=True),
            "Referral chain with an outside orthopedic group about a named patient's carpal tunnel syndrome")


@sc("referral")
def rf_endo_pdf(c):
    pcp = Prov("Internal Medicine")
    endo = Prov("Endocrinology")
    p = Patient(age=(25, 65))
    lines = [("h", "REFERRAL LETTER"), f"Date: {long_date(c.d)}", f"To: {endo.fullc}, Endocrinology", f"From: {pcp.fullc}", ("rule", ""),
             f"Re: {p.full}", "",
             f"I am referring {p.first} for evaluation of a 2.1 cm right thyroid nodule found incidentally on a",
             "carotid ultrasound. TSH 1.9 mIU/L. No compressive symptoms. Thyroid ultrasound shows a solid,",
             "hypoechoic nodule with microcalcifications (TI-RADS 5). FNA has not been performed.", "",
             "Past history: hypertension (lisinopril 10 mg), hyperlipidemia (atorvastatin 20 mg).", "",
             "Thank you for seeing this patient.", "", f"{pcp.fullc}"]
    blocks = [f"Dr. {endo.last},", f"Referral letter for {p.first} {p.last} attached. Thanks!", sig(pcp)]
    return (M(pcp, [endo], "Referral letter attached", blocks, attachments=[att_pdf("Referral_letter.pdf", lines, date=c.d)]),
            "Referral letter PDF for a named patient with a thyroid nodule")


@sc("referral")
def rf_derm(c):
    np_ = Prov("Family Medicine", app=True)
    derm = staff("", "Dermatology Access Coordinator", "Dermatology")
    p = Patient(age=(35, 85))
    blocks = [f"Hi {derm.first},", f"Could dermatology see {p.first} {p.last} in the next 2 weeks? 8 mm irregular pigmented "
              "lesion on the left shoulder, changed color per spouse, ABCDE +3. Photo is in the media tab. Hx of "
              "blistering sunburns; no prior skin cancer.", "Thank you!", sig(np_)]
    return (M(np_, [derm], "Expedited derm", blocks, style=R.choice(["qp", "html"])),
            "Expedited dermatology referral for a named patient's suspicious lesion")


@sc("referral")
def rf_sleep(c):
    doc = Prov("Pulmonology")
    sl = staff("RPSGT", "Sleep Center Coordinator", "Sleep Disorders Center")
    p = Patient(age=(35, 75))
    blocks = [f"{sl.first},", f"Please schedule {p.full} for a home sleep apnea test. STOP-BANG 6, BMI 38, witnessed apneas, "
              "resistant hypertension on 3 agents. If the HSAT is negative or technically inadequate, convert to in-lab PSG.",
              sig(doc)]
    return (M(doc, [sl], "HSAT order", blocks, style="plain7"),
            "Sleep-study referral for a named patient with clinical findings")


@sc("referral")
def rf_nephrology(c):
    doc = Prov("Internal Medicine")
    neph = Prov("Nephrology")
    p = Patient(age=(55, 85))
    egfr = R.randint(31, 42)
    blocks = [f"Dr. {neph.last} -", f"New referral: {p.first} {p.last}, {p.age(c.d)}, CKD stage 3b (eGFR {egfr}, UACR 420 mg/g) "
              "with type 2 diabetes and hypertension. On losartan 100 mg and empagliflozin 10 mg. eGFR has dropped 8 "
              "points in a year. Would appreciate your input on finerenone and a renal ultrasound.", sig(doc)]
    return (M(doc, [neph], "Nephrology referral", blocks),
            "Nephrology referral for a named patient with CKD values and medications")


# =============================================================================================
# POSITIVE: clinical_note
# =============================================================================================
@sc("clinical_note")
def cn_soap_dm(c):
    doc = Prov(R.choice(["Family Medicine", "Internal Medicine"]))
    cdi = staff("RN, CCDS", "Clinical Documentation Specialist", "Clinical Documentation Integrity")
    p = Patient(age=(45, 80))
    note = (f"PROGRESS NOTE - {mdy(c.days(-1))}\nPatient: {p.full}   DOB: {mdy(p.dob)}   MRN: {p.mrn}\n\n"
            f"S: {p.age(c.d)} y/o here for diabetes follow-up. Reports good adherence to metformin 1000 mg BID. "
            "Occasional fasting sugars 160-190. No hypoglycemia. Tingling in both feet at night.\n"
            f"O: BP 142/88, HR 78, BMI 33.4. Monofilament decreased bilaterally. A1c 8.6% (prior 7.9%).\n"
            "A/P:\n1. Type 2 diabetes mellitus with diabetic polyneuropathy (E11.42) - add semaglutide 0.25 mg weekly x4 "
            "weeks then 0.5 mg; podiatry referral.\n2. Essential hypertension (I10) - increase lisinopril to 20 mg.\n"
            "3. Obesity, BMI 33 (E66.9, Z68.33) - nutrition referral.\nRTC 3 months.")
    blocks = [f"Dr. {doc.last},", "Query on the note below: the assessment lists E11.42 but the HPI only says 'tingling'. "
              "Can you confirm the diagnosis of diabetic polyneuropathy, or document another cause?", ("pre", note), sig(cdi)]
    return (M(cdi, [doc], "CDI query", blocks),
            "CDI query quoting a named patient's progress note with MRN, vitals and ICD-10 codes")


@sc("clinical_note")
def cn_telehealth(c):
    doc = Prov("Psychiatry", app=R.random() < 0.5)
    rn = staff("RN", "Care Manager", "Riverside Behavioral Health - Elm Street")
    p = Patient(age=(20, 60))
    blocks = [f"{rn.first},", f"Quick summary of today's video visit with {p.first} {p.last} so you can follow up:",
              ("list", [f"Mood improved on escitalopram 10 mg (week 6); sleep still poor, 4-5 h.",
                        "Denies SI/HI. Drinking 2-3 beers most nights - discussed, open to cutting down.",
                        "Plan: increase escitalopram to 15 mg, CBT-I referral, recheck in 4 weeks."]),
              f"Could you call {p.him} Friday to check how the dose change is going?", sig(doc)]
    return (M(doc, [rn], "Today's video visit", blocks, style=R.choice(["plain7", "qp"])),
            "Telehealth visit summary for a named patient (mood, alcohol use, medication change); no codes")


@sc("clinical_note")
def cn_sbar(c):
    rn1 = staff("RN", "Staff Nurse", "6 North")
    rn2 = staff("RN", "Staff Nurse", "6 North")
    p = Patient(age=(60, 90))
    blocks = [f"{rn2.first} - SBAR for room 6N-{R.randint(10, 34)} since we missed each other at handoff:",
              ("kv", [("S", f"{p.full}, {p.age(c.d)}, POD 2 s/p right hip hemiarthroplasty"),
                      ("B", "Hx COPD, AFib on apixaban (held, resumes tonight per ortho)"),
                      ("A", "New confusion since 0200, pulled at IV. Temp 38.1, SpO2 90% on 2 L. CAM positive."),
                      ("R", "Hospitalist paged at 0545 - UA and chest X-ray ordered. Please follow up results and keep bed alarm on.")]),
              sig(rn1, short=True)]
    return (M(rn1, [rn2], "handoff 6N", blocks, style="plain7", label=other_label("internal")),
            "Nurse SBAR handoff about a named inpatient's delirium and post-op course (sender applied the Internal label)")


@sc("clinical_note")
def cn_ed_note(c):
    ed = Prov("Internal Medicine")
    pcp = Prov("Family Medicine")
    p = Patient(age=(25, 70))
    blocks = [f"Dr. {pcp.last},", f"Your patient {p.full} (DOB {mdy(p.dob)}) was seen in our ED last night.",
              ("pre", "CHIEF COMPLAINT: chest pain\n"
                      "HPI: substernal pressure x 2 h at rest, resolved with nitroglycerin x1.\n"
                      "ECG: NSR, no acute ST changes. hs-troponin T 9 -> 11 ng/L (0/1 h) - rule-out pathway negative.\n"
                      "ASSESSMENT: Chest pain, low risk (HEART score 3). R07.89\n"
                      "DISPOSITION: discharged; outpatient stress test within 72 h."),
              "Please arrange follow-up this week.", sig(ed)]
    return (M(ed, [pcp], "ED visit - your patient", blocks),
            "ED note excerpt for a named patient (chest pain work-up, ICD-10) sent to the PCP")


@sc("clinical_note")
def cn_portal_message(c):
    p = Patient(age=(30, 75))
    rn = staff("RN", "Nurse Care Coordinator", "Harbor Point Heart & Vascular")
    orig = prior(p, [rn], c.ago(6), "swelling",
                 ["Hi, my ankles have been really swollen the last 3 days and I gained 4 pounds since Monday. I'm a little "
                  f"short of breath going up the stairs. I take furosemide 40 mg in the morning. Should I take an extra one? - {p.first}"],
                 style="gmail")
    blocks = [f"Hi {p.first},", "Thank you for letting us know. Dr. Nakoa reviewed your message: please take an extra "
              "furosemide 40 mg this afternoon, limit fluids to 1.5 liters today, and weigh yourself tomorrow morning. We "
              "have an appointment for you tomorrow at 10:20 a.m. If you become more short of breath, call 911.",
              sig(rn), chain([orig])]
    return (M(rn, [p], "RE: swelling", blocks, reply=True),
            "Care-team reply to a named heart-failure patient about symptoms and a diuretic dose")


@sc("clinical_note")
def cn_id_consult_pdf(c):
    idd = Prov("Infectious Disease")
    hosp = Prov("Internal Medicine")
    p = Patient(age=(40, 85))
    text = (f"INFECTIOUS DISEASE CONSULTATION\nPatient: {p.full}   MRN: {p.mrn}   DOB: {mdy(p.dob)}\n"
            f"Date: {mdy(c.d)}   Requesting: {hosp.fullc}\n\n"
            "Reason: MSSA bacteremia.\n"
            "HPI: 2/2 blood cultures with MSSA drawn on admission for fever and back pain. TTE without vegetation.\n"
            "MRI L-spine: L3-L4 discitis/osteomyelitis without epidural abscess.\n\n"
            "ASSESSMENT\n1. MSSA bacteremia (R78.81, B95.61)\n2. Vertebral osteomyelitis, lumbar region (M46.26)\n\n"
            "RECOMMENDATIONS\n- Cefazolin 2 g IV q8h x 6 weeks from first negative culture\n- TEE to exclude endocarditis\n"
            "- Repeat blood cultures until negative; PICC after 48 h negative\n- Weekly CBC, BMP, ESR/CRP")
    blocks = [f"Dr. {hosp.last}, consult note attached. Happy to discuss.", sig(idd)]
    return (M(idd, [hosp], "ID consult", blocks,
              attachments=[att_pdf("ID_consult.pdf", wrap_lines(text), date=c.d)]),
            "ID consult note PDF for a named patient with MRN, diagnoses and ICD-10 codes")


@sc("clinical_note")
def cn_wound(c):
    rn = staff("RN, CWOCN", "Wound Ostomy Nurse", "Wound Care")
    rn2 = staff("RN", "Charge Nurse", R.choice(["5 East", "4 West"]))
    p = Patient(age=(65, 95))
    blocks = [f"{rn2.first},", f"Saw {p.first} {p.last} today. Sacral pressure injury is now stage 3, 3.2 x 2.5 x 0.4 cm, "
              "20% slough, moderate serous drainage, periwound intact. Plan: medical-grade honey to the base, bordered foam, "
              "change daily and PRN. Turn q2h, low-air-loss mattress ordered, dietitian consult for protein.", sig(rn)]
    return (M(rn, [rn2], "wound consult", blocks, style=R.choice(["plain7", "qp", "html"])),
            "Wound-care note on a named patient's pressure injury")


@sc("clinical_note")
def cn_home_health(c):
    hh = ext_person("snf", "RN", "Home Health Case Manager")
    pcp = Prov("Internal Medicine")
    p = Patient(age=(65, 92))
    blocks = [f"Dr. {pcp.last},", f"Visit note for our mutual patient {p.full} (DOB {mdy(p.dob)}):",
              ("list", [f"Weight {R.randint(150, 220)} lb (up 3 lb from last week), trace edema both ankles.",
                        "BP 158/92; home readings 150s-160s. Taking amlodipine 10 mg and carvedilol 12.5 mg BID as prescribed.",
                        "Fall last Tuesday in the bathroom, no injury. Grab bars recommended; PT evaluation requested."]),
              "Please sign the updated plan of care when able.", sig(hh, "Maple Grove Home Health")]
    return (M(hh, [pcp], "Home health visit note", blocks),
            "Home-health note to a PCP about a named patient's vitals, meds and fall")


@sc("clinical_note")
def cn_preop_txt(c):
    anes = Prov("Internal Medicine")
    rn = staff("RN", "Pre-Admission Testing Nurse", "Perioperative Services")
    p = Patient(age=(40, 80))
    text = (f"PRE-ANESTHESIA EVALUATION\n{p.full}   DOB {mdy(p.dob)}   MRN {p.mrn}\n"
            f"Procedure: laparoscopic cholecystectomy, scheduled {mdy(c.days(5))}\n\n"
            "PMH: OSA on CPAP (G47.33), type 2 DM (E11.9), GERD (K21.9)\nMeds: metformin 500 mg BID, pantoprazole 40 mg daily\n"
            "Allergies: penicillin (hives)\nAirway: Mallampati III, neck circumference 44 cm\nASA III\n"
            "Plan: GA/ETT; bring CPAP day of surgery; hold metformin morning of surgery.")
    blocks = [f"{rn.first}, eval attached for the chart prep. Please remind {p.first} to bring the CPAP.", sig(anes, short=True)]
    return (M(anes, [rn], "PAT eval", blocks, attachments=[att_txt(f"preanesthesia_{p.last.lower().replace(' ', '')}.txt", text)]),
            "Pre-anesthesia evaluation TXT attachment for a named patient with MRN, diagnoses and meds")


@sc("clinical_note")
def cn_peds_phone(c):
    rn = staff("RN", "Pediatric Triage Nurse", "Cedar Hollow Pediatrics")
    doc = Prov("Pediatrics")
    p = Patient(age=(2, 12))
    parent = P(sex="F", domain="mail.example", last=p.last, first=R.choice(["Jessica", "Amina", "Mei", "Graciela", "Heather", "Ngozi"]))
    blocks = [f"Dr. {doc.last},", f"Phone triage note: {parent.first} {parent.last} called about {p.first} (age {p.age(c.d)}). "
              "Fever to 103.1 F x 3 days, ear pain, now pulling at the right ear, drinking OK, 4 wet diapers/voids today. "
              "No rash, no stiff neck. Advised ibuprofen per weight, scheduled same-day sick visit 3:40 p.m. for "
              "possible acute otitis media.", sig(rn)]
    return (M(rn, [doc], f"Triage - {p.first} {p.last}", blocks, style=R.choice(["plain7", "b64"])),
            "Pediatric phone-triage note naming a child and parent with symptoms")


# =============================================================================================
# POSITIVE: discharge
# =============================================================================================
@sc("discharge")
def dc_summary_pdf(c):
    hosp = Prov("Internal Medicine")
    pcp = Prov("Family Medicine")
    p = Patient(age=(55, 90))
    adm = c.days(-5)
    text = (f"DISCHARGE SUMMARY\nPatient: {p.full}    MRN: {p.mrn}    DOB: {mdy(p.dob)}\n"
            f"Admitted: {mdy(adm)}    Discharged: {mdy(c.d)}    Attending: {hosp.fullc}\n\n"
            "PRINCIPAL DIAGNOSIS: Acute on chronic systolic heart failure (I50.23)\n"
            "SECONDARY: Atrial fibrillation (I48.91); CKD stage 3a (N18.31); type 2 diabetes (E11.9)\n\n"
            "HOSPITAL COURSE: Presented with 10 lb weight gain and orthopnea. BNP 1,840 pg/mL. Diuresed with IV "
            "furosemide, net -6.2 L. Echo EF 30%. GDMT optimized.\n\n"
            "DISCHARGE MEDICATIONS: sacubitril-valsartan 24/26 mg BID (new); metoprolol succinate 50 mg daily; "
            "spironolactone 12.5 mg daily (new); furosemide 40 mg daily (changed); apixaban 5 mg BID; empagliflozin 10 mg daily.\n\n"
            f"FOLLOW-UP: Heart failure clinic in 7 days; BMP in 1 week. Discharge weight {R.randint(160, 230)} lb.")
    blocks = [f"Dr. {pcp.last},", f"Discharge summary for your patient {p.first} {p.last} is attached.", sig(hosp)]
    return (M(hosp, [pcp], "Discharge summary", blocks,
              attachments=[att_pdf("Discharge_Summary.pdf", wrap_lines(text), date=c.d)]),
            "Discharge summary PDF for a named patient with MRN, diagnoses and medications")


@sc("discharge")
def dc_instructions(c):
    rn = staff("RN", "Discharge Nurse", "Surgical Unit 3 East")
    p = Patient(age=(25, 75))
    blocks = [f"Hi {p.first},", "As promised, here are your discharge instructions from today in writing:",
              ("list", ["Laparoscopic appendectomy - keep incisions clean and dry; you may shower tomorrow.",
                        "Pain: acetaminophen 1,000 mg every 8 hours; oxycodone 5 mg every 6 hours only if needed (12 tablets).",
                        "No lifting over 10 lb for 2 weeks.",
                        "Call us for fever over 101.5 F, worsening abdominal pain, or redness/drainage at the incisions.",
                        f"Follow-up: General Surgery clinic, {wd_long(c.days(12))} at 9:15 a.m."]),
              "Feel better!", sig(rn)]
    return (M(rn, [p], "Your discharge instructions", blocks, style=R.choice(["plain7", "alt", "html"])),
            "Discharge instructions e-mailed to a named patient after appendectomy")


@sc("discharge")
def dc_snf_transfer(c):
    cm = staff("RN, CCM", "Case Manager", "Care Management")
    snf = ext_person("snf", "", "Admissions Coordinator")
    p = Patient(age=(70, 95))
    blocks = [f"Hi {snf.first},", f"{p.full} (DOB {mdy(p.dob)}) is medically ready for transfer tomorrow. Summary:",
              ("kv", [("Admitting dx", "Left intertrochanteric femur fracture, s/p IMN on " + mdy(c.days(-3))),
                      ("Weight bearing", "WBAT LLE"), ("Anticoagulation", "Enoxaparin 40 mg daily x 28 days"),
                      ("Cognition", "Mild dementia, oriented x2"), ("Diet", "Regular, thin liquids"),
                      ("Insurance", "Medicare A - 3-midnight stay met")]),
              "Transport is booked for 11:00. Nurse-to-nurse report at 10:00.", sig(cm)]
    return (M(cm, [snf], f"Transfer tomorrow - {p.last}", blocks),
            "Hospital-to-SNF transfer e-mail for a named patient with diagnosis and medications")


@sc("discharge")
def dc_home_today(c):
    cm = staff("LSW", "Social Worker", "Care Management")
    team = [staff("RN", "Charge Nurse", "5 East"), staff("", "Unit Secretary", "5 East")]
    p = Patient(age=(40, 85))
    blocks = [f"FYI - {p.first} {p.last} in 5E-{R.randint(10, 30)} is going home today, not to rehab. Family will provide "
              "24-hour supervision; home health PT/OT and RN referral sent to Maple Grove Home Health. Rolling walker delivered to bedside.",
              sig(cm, short=True)]
    return (M(cm, team, "d/c plan change", blocks, style="plain7"),
            "Discharge plan update for a named inpatient")


@sc("discharge")
def dc_summary_html(c):
    hosp = Prov("Internal Medicine")
    pcp = Prov(R.choice(["Family Medicine", "Internal Medicine"]))
    p = Patient(age=(30, 80))
    blocks = [f"Dr. {pcp.last},", "Discharge summary:", ptkv(p, c.d, True, True, [("Admitted", mdy(c.days(-3))), ("Discharged", mdy(c.d))]),
              ("table", ["Diagnosis", "ICD-10-CM"], [["Community-acquired pneumonia, right lower lobe", "J18.9"],
                                                     ["Acute hypoxic respiratory failure", "J96.01"], ["Asthma, moderate persistent", "J45.40"]]),
              "Course: ceftriaxone and azithromycin, transitioned to oral amoxicillin-clavulanate 875/125 mg BID to complete 7 days. "
              "Weaned to room air on day 2.",
              "Follow-up: PCP in 1 week; repeat chest X-ray in 6-8 weeks.", sig(hosp)]
    return (M(hosp, [pcp], "Discharge summary", blocks, style="html", html_style="outlook"),
            "HTML discharge summary with a named patient's span-split DOB, MRN and ICD-10 table")


@sc("discharge")
def dc_followup_call(c):
    rn = staff("RN", "Transitions of Care Nurse", "Care Management")
    doc = Prov("Family Medicine")
    p = Patient(age=(50, 90))
    blocks = [f"Dr. {doc.last},", f"48-hour post-discharge call with {p.full}: picked up all new meds, but had not started "
              "the new spironolactone because of a copay problem (resolved with a manufacturer card). Weight stable. Confused "
              "about when to take furosemide - teach-back completed. Appointment with you on " + mdy(c.days(5)) + " confirmed.",
              sig(rn)]
    return (M(rn, [doc], "Post-discharge call", blocks),
            "Post-discharge phone follow-up about a named patient's medications")


@sc("discharge")
def dc_postpartum(c):
    rn = staff("RN, IBCLC", "Postpartum Nurse", "Mother-Baby Unit")
    ob = Prov("Obstetrics & Gynecology")
    p = Patient(sex="F", age=(19, 42))
    blocks = [f"Dr. {ob.last},", f"{p.full} and baby girl discharged home at 1400. Vaginal delivery {mdy(c.days(-2))}, EBL 450 mL. "
              "BP 138/88 at discharge - given a home cuff and instructed to call for >= 150/100 or headache (gestational "
              "hypertension). Breastfeeding well. Postpartum visit booked in 1 week for BP check.", sig(rn)]
    return (M(rn, [ob], "Discharged - " + p.last, blocks),
            "Postpartum discharge note about a named patient with blood pressure plan")


@sc("discharge")
def dc_peds(c):
    hosp = Prov("Pediatrics")
    pcp = Prov("Pediatrics")
    p = Patient(age=(0, 2))
    blocks = [f"Dr. {pcp.last},", f"Your patient {p.first} {p.last} (DOB {mdy(p.dob)}) was discharged today after a 2-day stay "
              "for RSV bronchiolitis. Required 1 L nasal cannula for 30 hours; feeding well at discharge. Please see in 2-3 days. "
              "Parents were given return precautions.", sig(hosp)]
    return (M(hosp, [pcp], "Peds discharge", blocks, style=R.choice(["qp", "b64"])),
            "Pediatric discharge notification naming an infant with RSV bronchiolitis")


@sc("discharge")
def dc_ama(c):
    hosp = Prov("Internal Medicine")
    lst = [staff("RN", "Nurse Manager", "4 West"), staff("JD", "Risk Manager", "Risk Management")]
    p = Patient(age=(25, 70))
    blocks = [f"FYI: {p.full}, admitted for DKA, left against medical advice at 2210 last night after the insulin drip was "
              "transitioned. Risks (recurrent DKA, death) discussed with capacity documented; AMA form signed. Given insulin "
              "glargine and lispro prescriptions and glucose meter. Outreach call planned this morning.", sig(hosp)]
    return (M(hosp, lst, "AMA discharge last night", blocks),
            "Notification that a named inpatient with DKA left against medical advice")


@sc("discharge")
def dc_medrec_chain(c):
    rph = staff("PharmD", "Transitions Pharmacist", "Pharmacy")
    hosp = Prov("Internal Medicine")
    pcp = Prov("Family Medicine")
    p = Patient(age=(60, 90))
    old = prior(hosp, [rph], c.ago(8), f"Discharge meds - {p.last}",
                [f"Can you do the discharge med rec for {p.first} {p.last} (5W)? Going home after COPD exacerbation."])
    blocks = [f"Dr. {pcp.last}, copying you on the discharge med list for {p.first} {p.last}:",
              ("table", ["Medication", "Status"], [["Prednisone 40 mg daily x 5 days (2 remaining)", "NEW"],
                                                  ["Azithromycin 250 mg daily (last dose tomorrow)", "NEW"],
                                                  ["Budesonide-formoterol 160/4.5, 2 puffs BID", "NEW - replaces fluticasone"],
                                                  ["Tiotropium 2.5 mcg, 2 inhalations daily", "CONTINUE"],
                                                  ["Fluticasone HFA", "STOP"]]),
              sig(rph), chain([old])]
    return (M(rph, [pcp, hosp], f"RE: Discharge meds - {p.last}", blocks, reply=True),
            "Discharge medication reconciliation for a named patient after COPD exacerbation")


# =============================================================================================
# POSITIVE: appointment
# =============================================================================================
@sc("appointment")
def ap_colonoscopy_prep(c):
    s = role("Riverside Endoscopy Center", "endoscopy")
    p = Patient(age=(45, 75))
    d0 = c.days(10, 7, 30)
    blocks = [f"Dear {p.first} {p.last},", f"Your colonoscopy with Dr. {P(cred='MD').last} is scheduled for "
              f"{wd_long(d0)} at 7:30 a.m. at the Riverside Endoscopy Center (Building B, 2nd floor). Please arrive at 6:45 a.m.",
              ("h", "Preparation"),
              ("list", ["5 days before: stop iron pills and fiber supplements.", "1 day before: clear liquids only.",
                        "Split-dose prep: first half at 6 p.m., second half at 2:30 a.m.",
                        "You must have a driver - your procedure will be cancelled without one."]),
              "Questions? Call (614) 555-0139."]
    return (M(s, [p], "Your procedure instructions", blocks, style=R.choice(["html", "alt"]), html_style="portal",
              html_title="Riverside Endoscopy Center"),
            "Colonoscopy appointment and prep instructions sent to a named patient")


@sc("appointment")
def ap_telehealth_invite(c):
    doc = Prov(R.choice(["Endocrinology", "Rheumatology", "Psychiatry"]))
    p = Patient()
    start = c.workday(4, 15)
    desc = f"Video visit: {p.full} with {doc.fullc} ({doc.spec}) - medication follow-up. Join from RiversideConnect."
    cal = calendar_part(doc, [p], f"Video visit - {doc.spec} follow-up", start, 20, "RiversideConnect video", desc,
                        f"{hashlib.md5(desc.encode()).hexdigest()}@{DOMAIN}", stamp=c.d)
    blocks = [f"Hi {p.first},", f"Your {doc.spec} video follow-up with {doc.dr} is booked. Please log in to RiversideConnect "
              "10 minutes before the start time and have your medication bottles nearby.", sig(doc)]
    return (M(doc, [p], f"Video visit - {doc.spec} follow-up", blocks, calendar=cal),
            "Calendar invitation for a named patient's specialty video visit")


@sc("appointment")
def ap_scheduler_chain(c):
    sch = staff("", "Scheduling Specialist", "Radiology Scheduling")
    sup = staff("", "Scheduling Supervisor", "Radiology Scheduling")
    p = Patient(age=(40, 80))
    old = prior(sup, [sch], c.ago(3), "MRI add-on?", [f"Can we fit {p.first} {p.last} into a 3T slot this week? Dr. wants "
                                                      "MRI brain w/wo contrast before the neuro-oncology visit Monday. Claustrophobic - needs "
                                                      "oral lorazepam, so a driver too."])
    blocks = ["Got it - Thursday 1820 on the 3T at RMC, 60-minute slot. Called the patient, confirmed driver. Creatinine from "
              "last week is fine for gadolinium.", sig(sch, short=True), chain([old])]
    return (M(sch, [sup], "RE: MRI add-on?", blocks, reply=True, style="plain7"),
            "Scheduling chain booking a named patient's brain MRI before a neuro-oncology visit")


@sc("appointment")
def ap_reschedule_portal(c):
    s = role("RiversideConnect", "noreply", "portal." + DOMAIN)
    p = Patient()
    spec = R.choice(["Cardiology", "Dermatology", "Gastroenterology", "Urology"])
    d0 = c.days(18, 14, 20)
    blocks = [f"Hello {p.first},", f"Your {spec} appointment has been rescheduled because your provider will be out of the office.",
              ("kv", [("New date", wd_long(d0)), ("Time", hhmm(d0.hour, d0.minute)), ("Provider", f"{Prov(spec).fullc}"),
                      ("Location", R.choice(FACILITIES))]),
              "If this time doesn't work, use 'Reschedule' in the app."]
    return (M(s, [p], "Your appointment has changed", blocks, style="html", html_style="portal", html_title="RiversideConnect", footer=False),
            f"Portal notice to a named patient that their {spec} appointment moved")


@sc("appointment")
def ap_or_booking(c):
    sch = staff("", "Surgical Scheduler", "Perioperative Services")
    surg = Prov("Orthopedic Surgery")
    p = Patient(age=(50, 80))
    d0 = c.days(21, 7, 30)
    blocks = [f"Dr. {surg.last},", "Case confirmed:",
              ("kv", [("Patient", f"{p.full}, DOB {mdy(p.dob)}"), ("Procedure", "Right total knee arthroplasty (CPT 27447)"),
                      ("Diagnosis", "M17.11 Primary osteoarthritis, right knee"), ("Date/room", f"{mdy(d0)} 0730, OR 7"),
                      ("Pre-admission testing", mdy(c.days(12))), ("Implant rep", "notified")]),
              sig(sch)]
    return (M(sch, [surg], "Case confirmation", blocks),
            "Surgery booking for a named patient with procedure, CPT and ICD-10")


@sc("appointment")
def ap_infusion_list(c):
    rn = staff("RN, OCN", "Charge Nurse", "Outpatient Infusion Center")
    ph = staff("PharmD", "Oncology Pharmacist", "Pharmacy")
    rows = []
    for h in (8, 9, 10, 12, 13):
        p = Patient(age=(30, 80))
        rows.append([f"{h:02d}:{R.choice(['00', '30'])}", p.full, R.choice(["FOLFOX C4D1", "Pembrolizumab C7", "Iron sucrose 200 mg",
                                                                          "Infliximab 5 mg/kg", "Zoledronic acid", "AC-T C2D1"]), f"Chair {R.randint(1, 14)}"])
    blocks = [f"{ph.first},", "Tomorrow's early infusion schedule so you can pre-mix:", ("table", ["Time", "Patient", "Regimen", "Chair"], rows), sig(rn, short=True)]
    return (M(rn, [ph], "Tomorrow AM chairs", blocks),
            "Infusion center schedule naming patients with their regimens")


@sc("appointment")
def ap_preop_letter_pdf(c):
    s = role("Riverside Pre-Admission Testing", "pat")
    p = Patient(age=(30, 85))
    d0 = c.days(9)
    lines = [("h", "Riverside Health - Pre-Admission Testing"), ("rule", ""), long_date(c.d), "", p.full, p.street,
             f"{p.town}, {p.state} {p.zip}", "", f"Dear {p.mr},", "",
             f"Your surgery (laparoscopic inguinal hernia repair) with Dr. {P(cred='MD').last} is scheduled on {long_date(d0)}.",
             f"Please come to Pre-Admission Testing on {long_date(c.days(3))} at 10:00 a.m. for blood work and an ECG.",
             "Bring a list of your medications. Do not eat after midnight before surgery.", "", "Sincerely,", "Pre-Admission Testing"]
    blocks = [f"Dear {p.first},", "Your pre-admission letter is attached.", sig(s)]
    return (M(s, [p], "Your pre-admission letter", blocks, attachments=[att_pdf("PreAdmission_Letter.pdf", lines, date=c.d)]),
            "Pre-admission letter PDF to a named patient with address, surgery and appointment")


@sc("appointment")
def ap_mammo_confirm(c):
    s = role("Lakeview Women's Health", "lakeview")
    p = Patient(sex="F", age=(40, 75))
    d0 = c.days(7, 17, 15)
    blocks = [f"Hi {p.first},", f"This confirms your diagnostic mammogram and right breast ultrasound on {wd_long(d0)} at "
              f"{hhmm(d0.hour, d0.minute)}, ordered after your screening call-back. Please don't wear deodorant or powder.",
              "Results are read the same day; a radiologist will talk with you before you leave."]
    return (M(s, [p], "Appointment confirmation", blocks, style=R.choice(["html", "qp"]), html_style="portal"),
            "Diagnostic mammogram/ultrasound appointment for a named patient after a screening call-back")


@sc("appointment")
def ap_day_schedule(c):
    doc = Prov("Family Medicine")
    ma = staff("CMA", "Medical Assistant", "Millbrook Family Medicine")
    rows = []
    t = 8 * 60
    for _ in range(7):
        p = Patient()
        rows.append([f"{t // 60:02d}:{t % 60:02d}", p.full, str(p.age(c.d)), R.choice(["DM f/u, A1c due", "New pt - establish care", "Knee pain",
                                                                                          "Medicare AWV", "HTN f/u", "Depression f/u (PHQ-9)", "Post-ED f/u chest pain"])])
        t += R.choice([20, 20, 40])
    blocks = [f"{ma.first}, here's tomorrow's AM schedule with my notes for rooming:", ("table", ["Time", "Patient", "Age", "Reason"], rows),
              "Please do PHQ-9 and foot exams where noted.", sig(doc, short=True)]
    return (M(doc, [ma], "tomorrow AM", blocks),
            "Clinic schedule listing named patients with visit reasons")


@sc("appointment")
def ap_pt_series(c):
    s = role("Riverside Rehabilitation Services", "rehab")
    p = Patient(age=(25, 80))
    rows = [[wd_long(c.days(3 + 3 * k)), hhmm(R.choice([7, 8, 16, 17]), R.choice([0, 30])), "Stonebridge Rehab Gym"] for k in range(6)]
    html = render_html([f"Physical therapy plan of care: {p.full} (DOB {mdy(p.dob)})", "Diagnosis: M54.50 low back pain",
                        ("table", ["Date", "Time", "Location"], rows), "Wear comfortable clothes. Cancel at least 24 hours ahead."],
                       "simple")
    blocks = [f"Hi {p.first},", "Your physical therapy appointments for your low back pain plan of care are in the attached "
              "schedule. You can print it or save it to your phone."]
    return (M(s, [p], "Your therapy appointments", blocks, attachments=[att_html("PT_schedule.html", html)]),
            "PT appointment schedule (HTML attachment) for a named patient's low back pain")


@sc("appointment")
def ap_patient_moves(c):
    p = Patient(age=(30, 80))
    sch = staff("", "Patient Service Representative", "Harbor Point Heart & Vascular")
    orig = prior(p, [sch], c.ago(4), "need to move my appointment",
                 [f"Hello, I have a stress test and a visit with Dr. {P(cred='MD').last} on {mdy(c.days(2))} but I have to work. "
                  f"Can I move both to next week, any afternoon? My date of birth is {mdy(p.dob)}. Thanks, {p.full}"], style="gmail")
    blocks = [f"Hello {p.first},", f"You're all set: nuclear stress test {wd_long(c.days(8))} at 12:30 p.m. (nothing to eat "
              "4 hours before, no caffeine for 24 hours) and your cardiology visit right after at 3:00 p.m.", sig(sch), chain([orig])]
    return (M(sch, [p], "RE: need to move my appointment", blocks, reply=True),
            "Rescheduling a named patient's cardiac stress test and cardiology visit (patient gave DOB)")


# =============================================================================================
# POSITIVE: medication
# =============================================================================================
@sc("medication")
def md_refill_pharmacy(c):
    ph = ext_person("pharm", "RPh", "Pharmacist")
    doc = Prov(R.choice(["Family Medicine", "Internal Medicine"]))
    p = Patient(age=(40, 85))
    drug, dose, freq = R.choice(MEDS[:12])
    blocks = [f"Dr. {doc.last},", "Refill authorization request:",
              ("kv", [("Patient", p.full), ("DOB", mdy(p.dob)), ("Medication", f"{drug} {dose}"), ("Sig", freq),
                      ("Qty / refills requested", "90 / 3"), ("Last filled", mdy(c.days(-84)))]),
              "Please reply or send a new e-prescription.", sig(ph, PARTNERS["pharm"][0])]
    ma = staff("CMA", "Medical Assistant", R.choice(["Millbrook Family Medicine", "Stonebridge Primary Care"]))
    inner = M(ph, [ma], "Refill request", blocks, style="plain7")
    return (M(ma, [doc], "FW: Refill request", [f"Dr. {doc.last} - refill request from CareWell below, last visit was "
                                                "in the fall. OK to send 90 days?", sig(ma, short=True)],
              attachments=[inner_message(inner, c.ago(3))]),
            "Forwarded (message/rfc822) pharmacy refill request for a named patient's medication")


@sc("medication")
def md_prior_auth_glp1(c):
    pa = staff("CPhT", "Prior Authorization Specialist", "Revenue Cycle - Prior Authorization")
    doc = Prov("Endocrinology")
    p = Patient(age=(30, 70))
    blocks = [f"Dr. {doc.last},", f"Keystone Mutual denied the PA for tirzepatide 5 mg weekly for {p.first} {p.last}. Their "
              "criteria require a documented trial of metformin for 3 months; the chart only shows 6 weeks in 2022 (stopped for GI "
              "upset). If you can document the intolerance, I'll submit an appeal with the A1c of 8.7% and BMI 36.",
              sig(pa)]
    return (M(pa, [doc], "PA denied - tirzepatide", blocks),
            "Prior authorization update for a named patient's GLP-1 therapy with A1c/BMI")


@sc("medication")
def md_medrec_discrepancy(c):
    rph = staff("PharmD", "Emergency Medicine Pharmacist", "Pharmacy")
    doc = Prov("Internal Medicine")
    p = Patient(age=(60, 95))
    blocks = [f"Dr. {doc.last},", f"Admission med rec for {p.full} (room 4W-{R.randint(10, 30)}): the home list says warfarin "
              "5 mg daily, but the pharmacy fill history shows apixaban 5 mg BID since March and no warfarin fills this year. "
              "Daughter confirms apixaban, last dose last night 2100. I updated the home med list; please reconcile the "
              "admission orders (warfarin is currently ordered).", sig(rph)]
    return (M(rph, [doc], "Med rec discrepancy - anticoagulant", blocks, importance="High"),
            "Pharmacist flags an anticoagulant discrepancy for a named inpatient")


@sc("medication")
def md_patient_side_effects(c):
    p = Patient(age=(30, 80))
    rn = staff("RN", "Triage Nurse", "Riverside Eastbrook Clinic")
    drug = R.choice(["lisinopril", "atorvastatin", "metformin", "amlodipine"])
    effect = {"lisinopril": "a dry cough that won't go away", "atorvastatin": "aching in my thighs",
              "metformin": "stomach upset and diarrhea", "amlodipine": "swelling in my ankles"}[drug]
    orig = prior(p, [rn], c.ago(9), "question about my new pill",
                 [f"Hi, I started {drug} 3 weeks ago and I've had {effect}. Is that from the medicine? Should I stop it? - {p.first} {p.last}"],
                 style="gmail")
    blocks = [f"Hi {p.first},", f"That can be a side effect of {drug}. Please don't stop it on your own - I've sent your message "
              "to your provider, who will reply today with a plan (often a switch to a different medicine).", sig(rn), chain([orig])]
    return (M(rn, [p], "RE: question about my new pill", blocks, reply=True),
            f"Named patient reporting a side effect of {drug}; nurse reply")


@sc("medication")
def md_specialty_pharmacy(c):
    sp = staff("PharmD", "Specialty Pharmacist", "Riverside Specialty Pharmacy")
    doc = Prov("Rheumatology")
    p = Patient(age=(25, 65))
    blocks = [f"Dr. {doc.last},", f"Enrollment complete for {p.full}: adalimumab-adaz 40 mg SC every 14 days for rheumatoid "
              "arthritis. Copay card applied ($5/month). TB QuantiFERON negative, HBV serologies negative. First shipment "
              f"arrives {wd_long(c.days(3))}; injection teaching by video on delivery day.", sig(sp)]
    return (M(sp, [doc], "Specialty enrollment complete", blocks),
            "Specialty pharmacy enrollment for a named patient's biologic therapy")


@sc("medication")
def md_pap_application(c):
    fc = staff("", "Financial Counselor", "Riverside Cancer Institute")
    v = ext_person("pharm", "", "Patient Assistance Program")
    p = Patient(age=(40, 80))
    blocks = [f"Hello {v.first},", f"Submitting a patient assistance application for {p.full}, DOB {mdy(p.dob)}, address "
              f"{p.street}, {p.town}, {p.state} {p.zip}. Drug: letrozole 2.5 mg daily (breast cancer, C50.911). Household "
              "income documentation and the prescriber section are attached in the program portal.", sig(fc)]
    return (M(fc, [v], "PAP application", blocks),
            "Patient-assistance application naming a patient, DOB, address, drug and cancer diagnosis")


@sc("medication")
def md_vanc_dosing(c):
    rph = staff("PharmD, BCPS", "Clinical Pharmacist", "Pharmacy")
    doc = Prov("Internal Medicine")
    p = Patient(age=(40, 85))
    blocks = [f"Dr. {doc.last},", f"Vancomycin dosing note for {p.first} {p.last}, MRN {p.mrn}: AUC-guided, weight 92 kg, "
              "SCr 1.4 (up from 1.0). Trough-derived AUC 640 - above target (400-600). Changing to 1,250 mg IV q12h -> "
              "1,000 mg IV q12h, level before the 4th dose. Please consider de-escalation once the MRSA nasal PCR results.", sig(rph)]
    return (M(rph, [doc], "Vanco dose change", blocks, style="plain7"),
            "Pharmacist vancomycin dosing note for a named patient with MRN")


@sc("medication")
def md_mtx_monitoring(c):
    rn = staff("RN", "Rheumatology Nurse", "Rheumatology")
    doc = Prov("Rheumatology")
    rows = []
    for _ in range(5):
        p = Patient(age=(30, 80))
        rows.append([p.full, f"Methotrexate {R.choice([10, 15, 20, 25])} mg weekly", mdy(c.days(-R.randint(95, 150))), "CBC, CMP"])
    blocks = [f"Dr. {doc.last},", "These patients are overdue for methotrexate monitoring labs (> 12 weeks). I'll call each one "
              "this week; OK to hold refills until labs are done?", ("table", ["Patient", "Dose", "Last labs", "Due"], rows), sig(rn)]
    return (M(rn, [doc], "MTX lab monitoring overdue", blocks),
            "List of named patients on methotrexate overdue for monitoring labs")


@sc("medication")
def md_hospice_comfort(c):
    rn = ext_person("snf", "RN", "Hospice Nurse")
    doc = Prov("Geriatrics")
    p = Patient(age=(75, 98))
    blocks = [f"Dr. {doc.last},", f"Requesting comfort-kit orders for {p.full} (hospice, end-stage heart failure): morphine "
              "concentrate 20 mg/mL 5 mg SL q2h PRN dyspnea/pain, lorazepam 0.5 mg SL q4h PRN anxiety, glycopyrrolate 1 mg "
              "PO q8h PRN secretions, haloperidol 0.5 mg PO q6h PRN agitation.", "Family is at bedside.", sig(rn, "Maple Grove Hospice")]
    return (M(rn, [doc], "Comfort kit orders", blocks),
            "Hospice comfort-medication request for a named patient")


@sc("medication")
def md_warfarin_call(c):
    rn = staff("RN", "Anticoagulation Nurse", "Anticoagulation Clinic")
    p = Patient(age=(50, 90))
    blocks = [f"Hi {p.first},", f"Following up on our call: your INR today was {R.choice(['1.6', '3.8', '4.1', '1.5'])}. Your new "
              "warfarin schedule is 5 mg every day except 2.5 mg on Mondays and Fridays. Please recheck your INR next "
              f"{DAYS[c.days(7).weekday()]} at the Stonebridge lab.", "Call us if you notice unusual bleeding or bruising.", sig(rn)]
    return (M(rn, [p], "Your warfarin dose", blocks, style=R.choice(["qp", "b64", "plain7"])),
            "Anticoagulation nurse e-mails a named patient the INR and new warfarin schedule")


# =============================================================================================
# POSITIVE: registration (SSN / DOB / address on intake and demographic mail)
# =============================================================================================
@sc("registration")
def rg_completed_form_pdf(c):
    reg = staff("", "Patient Access Representative", "Patient Access")
    sup = staff("", "Supervisor, Patient Registration", "Patient Access")
    p = Patient()
    ins = R.choice(["Keystone Mutual Health PPO", "Riverside Health Plan HMO", "Medicaid"])
    lines = [("h", "RIVERSIDE HEALTH - NEW PATIENT REGISTRATION"), ("s", "Form PA-101 rev. 02/2024"), ("rule", ""),
             f"Last name: {p.last}    First: {p.first}", f"Date of birth: {mdy(p.dob)}    Sex: {p.sex}",
             f"Social Security No.: {p.ssn}", f"Street address: {p.street}", f"City: {p.town}  State: {p.state}  ZIP: {p.zip}",
             f"Home phone: {p.home}    E-mail: {p.email}", f"Primary plan: {ins}    Member ID: {p.member if 'Riverside' in ins else digits(9)}",
             f"Emergency contact: {P().full} (spouse) {phone()}", ("rule", ""), f"Signature: {p.full} (signed)  Date: {mdy(c.d)}",
             f"FOR OFFICE USE: MRN {p.mrn}"]
    blocks = [f"{sup.first},", f"Scanned registration form for {p.first} {p.last} - the scanner at desk 3 keeps cropping, so "
              "I'm sending the PDF for you to check before it goes to HIM.", sig(reg)]
    return (M(reg, [sup], "scan check", blocks, attachments=[att_pdf("PA-101_scan.pdf", lines, date=c.d)]),
            "Completed registration form PDF with a patient's SSN, DOB, address, MRN and member id")


@sc("registration")
def rg_insurance_verification(c):
    fc = staff("", "Insurance Verification Specialist", "Patient Access")
    v = ext_person("payer", "", "Provider Services")
    p = Patient()
    blocks = [f"Hello {v.first},", "Requesting eligibility verification for an upcoming outpatient MRI:",
              ("kv", [("Patient", p.full), ("DOB", mdy(p.dob)), ("SSN", p.ssn), ("Address", f"{p.street}, {p.town}, {p.state} {p.zip}"),
                      ("Subscriber ID", digits(9)), ("Service", "MRI lumbar spine w/o contrast (72148)"), ("Date of service", mdy(c.days(6)))]),
              sig(fc)]
    return (M(fc, [v], "[secure] Eligibility verification", blocks),
            "Eligibility request with a named patient's SSN, DOB, address and planned MRI")


@sc("registration")
def rg_address_change(c):
    him = staff("RHIT", "HIM Data Integrity Specialist", "Health Information Management")
    reg = staff("", "Patient Access Lead", "Patient Access")
    p = Patient()
    st, town, stt, z = street_addr()
    blocks = [f"{reg.first},", f"Please update demographics on MRN {p.mrn} ({p.last}, {p.first}, DOB {mdy(p.dob)}): new address "
              f"{st}, {town}, {stt} {z}; new phone {phone()}. Patient called HIM to request records and mentioned the move; "
              "she/he also asked that statements go to the new address.".replace("she/he", p.he), sig(him)]
    return (M(him, [reg], "Demographics update", blocks, style="plain7"),
            "Demographics update for a patient identified by MRN, name and DOB")


@sc("registration")
def rg_financial_assistance(c):
    fc = staff("", "Financial Counselor", "Patient Financial Services")
    sup = staff("", "Manager, Financial Assistance", "Patient Financial Services")
    p = Patient()
    blocks = [f"{sup.first},", "Financial assistance application ready for approval:",
              ("kv", [("Applicant", p.full), ("SSN", p.ssn), ("DOB", mdy(p.dob)), ("Address", f"{p.street}, {p.town}, {p.state} {p.zip}"),
                      ("Household size", str(R.randint(1, 5))), ("Income", f"${R.randint(18, 41)},{R.randint(100, 999)}/yr (182% FPL)"),
                      ("Accounts", f"ED visit {mdy(c.days(-40))}; inpatient stay {mdy(c.days(-25))}"), ("Recommended", "100% discount")]),
              sig(fc)]
    return (M(fc, [sup], "FA approval needed", blocks),
            "Financial-assistance application with a patient's SSN, DOB, address and hospital accounts")


@sc("registration")
def rg_surgery_prereg(c):
    pr = staff("", "Pre-Registration Specialist", "Patient Access")
    surg_sched = staff("", "Surgical Scheduler", "Perioperative Services")
    p = Patient(age=(30, 85))
    blocks = [f"Hi {surg_sched.first},", f"Pre-registration done for {p.first} {p.last} ({mdy(c.days(8))} lap chole):",
              ("table", ["Field", "Value"], [["DOB", mdy(p.dob)], ["SSN", p.ssn], ["Address", f"{p.street}, {p.town} {p.state}"],
                                             ["Phone", p.home], ["Insurance", f"Riverside Health Plan, member {p.member}"], ["MRN", p.mrn]]),
              sig(pr)]
    return (M(pr, [surg_sched], "Pre-reg complete", blocks, style=R.choice(["html", "alt"])),
            "Surgery pre-registration with a patient's SSN, DOB, address, member id and MRN")


@sc("registration")
def rg_duplicate_merge(c):
    him = staff("RHIA", "MPI Analyst", "Health Information Management")
    lead = staff("RHIT", "HIM Supervisor", "Health Information Management")
    p = Patient()
    blocks = [f"{lead.first},", "Potential duplicate for your approval:",
              ("table", ["", "Record A", "Record B"], [["MRN", p.mrn, mrn()], ["Name", f"{p.last}, {p.first}", f"{p.last}, {p.first[0]}"],
                                                      ["DOB", mdy(p.dob), mdy(p.dob)], ["SSN (last 4)", p.ssn[-4:], p.ssn[-4:]],
                                                      ["Address", p.street, p.street]]),
              "Record B was created at Fairhaven Urgent Care during a downtime. Recommend merging B into A.", sig(him)]
    return (M(him, [lead], "Duplicate MRN review", blocks),
            "MPI duplicate-record merge naming a patient with two MRNs, DOB and SSN last four")


@sc("registration")
def rg_newborn(c):
    reg = staff("", "Registration Specialist", "Mother-Baby Unit")
    him = staff("", "Birth Certificate Clerk", "Health Information Management")
    m_ = Patient(sex="F", age=(20, 40))
    blocks = [f"{him.first},", f"Newborn registration for Baby Girl {m_.last} (born {mdy(c.days(-1))} 04:12, 3,240 g). Mother: "
              f"{m_.full}, DOB {mdy(m_.dob)}, SSN {m_.ssn}, {m_.street}, {m_.town}, {m_.state} {m_.zip}. Baby MRN {mrn()}; "
              "mother requested SSN application for the baby with the birth certificate.", sig(reg)]
    return (M(reg, [him], "Newborn reg", blocks),
            "Newborn registration with the mother's SSN, DOB, address and the baby's MRN")


@sc("registration")
def rg_json_prereg(c):
    eng = staff("", "Software Engineer", "IT - Digital Front Door")
    qa = staff("", "Patient Access Systems Analyst", "Patient Access")
    p = Patient()
    obj = {"submissionId": f"PR-{digits(8)}", "submittedAt": f"{c.ago(30):%Y-%m-%dT%H:%M:%S}Z",
           "legalName": {"given": p.first, "family": p.last}, "dateOfBirth": p.dob.isoformat(), "ssn": p.ssn,
           "address": {"line1": p.street, "city": p.town, "state": p.state, "postalCode": p.zip},
           "phone": p.home, "coverage": {"payerName": "Riverside Health Plan", "memberId": p.member},
           "reasonForVisit": R.choice(["new patient - diabetes care", "knee pain", "prenatal care", "follow up after ED visit for asthma"])}
    blocks = [f"{qa.first},", "This live submission failed to file to the registration queue (ssn validation bug - it came in "
              "with dashes). Attaching the payload so you can register manually; please delete afterwards.", sig(eng)]
    return (M(eng, [qa], "Failed pre-reg submission", blocks, attachments=[att_json("prereg_submission.json", obj)]),
            "Real pre-registration JSON with name, DOB, SSN, address, member id and visit reason")


@sc("registration")
def rg_guarantor(c):
    pfs = staff("", "Billing Representative", "Patient Financial Services")
    reg = staff("", "Registration Lead", "Cedar Hollow Pediatrics")
    child = Patient(age=(3, 15))
    par = Patient(sex=R.choice("FM"), age=(30, 50))
    if R.random() < 0.75:
        par.last = child.last
    blocks = [f"{reg.first},", f"Statements for {child.first} {child.last} (DOB {mdy(child.dob)}) are returning undeliverable. "
              f"The parent on file is the guarantor: {par.full}, SSN {par.ssn}, {par.street}, {par.town}, {par.state} {par.zip}. "
              "Could you confirm the current address at the next visit?", sig(pfs)]
    return (M(pfs, [reg], "Guarantor address", blocks),
            "Guarantor update naming a pediatric patient (DOB) and parent's SSN and address")


@sc("registration")
def rg_ed_dob_fix(c):
    reg = staff("", "ED Registration Representative", "Emergency Department")
    him = staff("RHIT", "HIM Data Integrity Specialist", "Health Information Management")
    p = Patient()
    wrong = p.dob + dt.timedelta(days=3653)
    blocks = [f"{him.first},", f"Quick-reg error from last night: MRN {p.mrn} was registered as {p.first} {p.last} with DOB "
              f"{mdy(wrong)}; correct DOB is {mdy(p.dob)} per driver's license. Labs were already resulted under this MRN. "
              "Please correct and notify the lab.", sig(reg, short=True)]
    return (M(reg, [him], "DOB correction", blocks, style=R.choice(["plain7", "qp"])),
            "ED registration DOB correction for a patient identified by MRN and name")


# =============================================================================================
# POSITIVE: billing_claim
# =============================================================================================
@sc("billing_claim")
def bc_claim_summary(c):
    biller = staff("CPC", "Professional Billing Specialist", "Patient Financial Services")
    v = ext_person("plan", "", "Claims Analyst") if R.random() < 0.5 else ext_person("payer", "", "Claims Analyst")
    p = Patient()
    dos = c.days(-30)
    blocks = [f"Hi {v.first},", f"Checking on a claim that has been pending 30+ days:",
              ("kv", [("Member", p.full), ("Member ID", p.member), ("DOB", mdy(p.dob)), ("Date of service", mdy(dos)),
                      ("Claim #", f"{digits(11)}"), ("Billed", "$1,842.00"),
                      ("Lines", "99214-25; 20610 (RT); J3301 x4"), ("Diagnoses", "M17.11, M25.561")]),
              "Could you tell me whether additional records are needed?", sig(biller)]
    return (M(biller, [v], "Claim status", blocks),
            "Claim status inquiry with a named member, member id, DOB, CPT and ICD-10 codes")


@sc("billing_claim")
def bc_eob_text(c):
    plan = role("Riverside Health Plan Member Services", "memberservices", "rhp." + DOMAIN)
    p = Patient()
    rows = [["85025 CBC", "$58.00", "$22.10", "$0.00", "$22.10"], ["80053 CMP", "$112.00", "$31.40", "$0.00", "$31.40"],
            ["99213 Office visit", "$245.00", "$112.60", "$30.00", "$82.60"]]
    blocks = [f"Dear {p.first} {p.last},", f"Your Explanation of Benefits for services on {long_date(c.days(-21))} is ready. "
              "This is not a bill.", ("kv", [("Member ID", p.member), ("Provider", "Millbrook Family Medicine")]),
              ("table", ["Service", "Billed", "Allowed", "You owe", "Plan paid"], rows),
              "Questions? Call Member Services at (614) 555-0111."]
    return (M(plan, [p], "Your Explanation of Benefits", blocks, style=R.choice(["html", "alt"]), html_style="portal", html_title="Riverside Health Plan"),
            "EOB to a named member with member id, services and amounts")


@sc("billing_claim")
def bc_patient_bill_question(c):
    p = Patient(age=(45, 75))
    pfs = staff("", "Customer Service Representative", "Patient Financial Services")
    orig = prior(p, [pfs], c.ago(30), "bill for my colonoscopy",
                 [f"I got a bill for $1,260 for my colonoscopy on {mdy(c.days(-45))}. I thought screening was free? They "
                  f"took out a polyp. Account {digits(8)}. {p.full}"], style="gmail")
    blocks = [f"Dear {p.first},", "Because a polyp was removed, the procedure was billed as CPT 45385 with diagnosis D12.5 "
              "(benign neoplasm, sigmoid colon) in addition to Z12.11. Your plan applies cost-sharing when a screening becomes "
              "diagnostic. We've asked coding to review whether modifier PT applies; we'll hold the account for 30 days.",
              sig(pfs), chain([orig])]
    return (M(pfs, [p], "RE: bill for my colonoscopy", blocks, reply=True),
            "Billing reply to a named patient about a colonoscopy bill with CPT/ICD codes")


@sc("billing_claim")
def bc_denial_appeal(c):
    ap = staff("", "Denials Specialist", "Revenue Cycle")
    v = ext_person("payer", "", "Appeals Department")
    p = Patient()
    text = (f"LEVEL 1 APPEAL\nMember: {p.full}   Member ID: KMH{digits(9, '0123456789')}   DOB: {mdy(p.dob)}\n"
            f"Claim: {digits(12)}   Date of service: {mdy(c.days(-60))}\nService: MRI brain w/wo contrast (70553)\n\n"
            "The claim was denied for lack of prior authorization. Authorization was obtained on the day of service "
            f"(ref {alnum(10)}) because the patient presented with new focal weakness and a history of breast cancer "
            "(C50.912, R53.1). Enclosed: authorization confirmation, ED note, MRI report.")
    blocks = [f"Attached is our appeal for {p.full}.", sig(ap)]
    return (M(ap, [v], "Appeal submission", blocks, attachments=[att_txt("appeal_letter.txt", text)]),
            "Claim denial appeal for a named member with DOB, CPT and ICD-10 codes")


@sc("billing_claim")
def bc_payment_plan(c):
    pfs = staff("", "Patient Account Representative", "Patient Financial Services")
    p = Patient()
    blocks = [f"Dear {p.mr},", f"Your payment plan is set up for the balance of ${R.randint(900, 4800):,}.{R.randint(0, 99):02d} for your "
              f"hospital stay ({mdy(c.days(-50))}-{mdy(c.days(-47))}, Riverside North Hospital): ${R.randint(50, 150)} per month "
              "by automatic draft on the 15th, no interest.", "Thank you,", sig(pfs)]
    return (M(pfs, [p], "Your payment plan", blocks, style=R.choice(["plain7", "qp", "b64"])),
            "Payment plan for a named patient's hospital-stay balance")


@sc("billing_claim")
def bc_charge_correction(c):
    coder = staff("CPC", "Pro-fee Coder", "HIM - Coding")
    doc = Prov("Dermatology")
    p = Patient()
    blocks = [f"Dr. {doc.last},", f"Charge review for {p.full} ({mdy(c.days(-3))}): you billed 11102 (tangential biopsy) x1 and "
              "17000 (destruction premalignant lesion) x6, but the note documents 8 actinic keratoses destroyed. Should I "
              "change to 17000 x1 + 17003 x7? Dx L57.0 and D48.5 for the biopsy.", sig(coder)]
    return (M(coder, [doc], "Charge correction?", blocks, label=other_label("general")),
            "Coder query about a named patient's procedure charges with CPT/ICD codes (General label applied, content is PHI)")


@sc("billing_claim")
def bc_eob_pdf(c):
    plan = ext_person("payer", "", "Provider Remittance")
    pfs = staff("", "Cash Posting Specialist", "Patient Financial Services")
    p = Patient()
    lines = [("h", "Keystone Mutual Health - Explanation of Payment"), ("rule", ""),
             f"Patient: {p.full}    Subscriber ID: KMH{digits(9, '0123456789')}    DOB: {mdy(p.dob)}",
             f"Provider: Riverside Medical Center    Claim: {digits(12)}    DOS: {mdy(c.days(-40))}",
             ("b", "LINE  CODE    BILLED     ALLOWED    DEDUCT   COINS    PAID     REMARK"),
             "1     93306   $1,140.00  $612.00    $0.00    $122.40  $489.60",
             "2     93000   $142.00    $38.20     $0.00    $7.64    $30.56",
             f"Diagnoses: I50.22, I48.91", ("rule", ""), "Check/EFT: EFT " + digits(10)]
    blocks = [f"{pfs.first},", "Corrected remittance attached for the claim you asked about.", sig(plan, PARTNERS["payer"][0])]
    return (M(plan, [pfs], "Corrected remittance", blocks, attachments=[att_pdf("EOP_corrected.pdf", lines, flate=False, date=c.d)]),
            "Payer explanation of payment PDF for a named patient with CPT and ICD-10 codes")


@sc("billing_claim")
def bc_estimate(c):
    pe = staff("", "Price Estimate Specialist", "Patient Financial Services")
    p = Patient()
    blocks = [f"Hi {p.first},", "Here is your good-faith estimate for the ordered service:",
              ("kv", [("Service", "MRI right shoulder without contrast (CPT 73221)"), ("Diagnosis on order", "M75.121 complete rotator cuff tear, right"),
                      ("Insurance", f"Riverside Health Plan ({p.member})"), ("Estimated plan payment", "$684.00"),
                      ("Your estimated cost", "$216.00 (deductible)")]), sig(pe)]
    return (M(pe, [p], "Your cost estimate", blocks),
            "Cost estimate to a named patient with member id, CPT and diagnosis")


@sc("billing_claim")
def bc_workers_comp(c):
    wc = staff("", "Workers' Compensation Coordinator", "Patient Financial Services")
    v = ext_person("payer", "", "Claims Adjuster")
    p = Patient(age=(20, 60))
    blocks = [f"{v.first},", f"Bills attached in the portal for claimant {p.full}, DOB {mdy(p.dob)}, WC claim {digits(2)}-{digits(6, '0123456789')}. "
              "Injury: laceration right hand with flexor tendon repair (S66.021A; CPT 26356). Date of injury "
              f"{mdy(c.days(-35))}. Employer: Lindenfield Metal Works.", sig(wc)]
    return (M(wc, [v], "WC bills", blocks),
            "Workers' compensation billing for a named claimant with injury and CPT/ICD codes")


@sc("billing_claim")
def bc_837_snippet(c):
    edi = staff("", "EDI Analyst", "Revenue Cycle - Claims")
    b = staff("", "Billing Supervisor", "Patient Financial Services")
    p = Patient()
    seg = (f"NM1*IL*1*{p.last.upper()}*{p.first.upper()}****MI*{p.member}~\nN3*{p.street.upper()}~\nN4*{p.town.upper()}*{p.state}*{p.zip}~\n"
           f"DMG*D8*{p.dob:%Y%m%d}*{'F' if p.sex == 'F' else 'M'}~\nCLM*{digits(10)}*425***11:B:1*Y*A*Y*Y~\n"
           "HI*ABK:J4540*ABF:R0602~\nSV1*HC:99214*245*UN*1***1~\nSV1*HC:94060*180*UN*1***1:2~")
    blocks = [f"{b.first},", "This claim keeps rejecting at the clearinghouse (member ID invalid for the DOS). Segment "
              "excerpt below - I think eligibility termed the day before.", ("pre", seg), sig(edi)]
    return (M(edi, [b], "Rejecting claim", blocks),
            "837 claim segments with a named member, member id, DOB, address and diagnosis/procedure codes")


# =============================================================================================
# POSITIVE: hl7 (v2 messages with PID)
# =============================================================================================
def pv1(cls, loc, doc, adm=None):
    s = f"PV1|1|{cls}|{loc}||||{doc.npi}^{doc.last.upper()}^{doc.first.upper()}^^^^MD"
    if adm:
        s += "|" * 12 + digits(9) + "|" * 25 + f"{adm:%Y%m%d%H%M}"
    return s


@sc("hl7")
def h_adt_a01(c):
    eng = staff("", "Interface Analyst", "IT - Interfaces")
    b = staff("", "Integration Engineer", "IT - Interfaces")
    p = Patient()
    doc = Prov("Internal Medicine")
    segs = [msh(c.d, "ADT^A01^ADT_A01", rapp="BEDBOARD", rfac="RMC"), f"EVN|A01|{c.d:%Y%m%d%H%M%S}", pid(p, ssn_=True),
            pv1("I", f"5E^5E-{R.randint(10, 30)}^A^RMC", doc, c.d), f"DG1|1||J18.9^Pneumonia, unspecified organism^I10||{c.d:%Y%m%d}|A",
            f"IN1|1|RHPHMO|{digits(5)}|Riverside Health Plan|||||||||||{p.last.upper()}^{p.first.upper()}|SEL|{p.dob:%Y%m%d}|||||||||||||||||||{p.member}"]
    blocks = [f"{b.first},", "The bed board rejected this A01 (PV1-3 bed format). Message attached - please don't forward; it's production.", sig(eng)]
    return (M(eng, [b], "A01 rejected by bed board", blocks, attachments=[att_hl7("adt_a01_rejected.hl7", segs)]),
            "Production ADT^A01 with PID (name, DOB, SSN, address), diagnosis and member id")


@sc("hl7")
def h_oru_inline(c):
    eng = staff("", "Lab Interface Analyst", "Laboratory Information Systems")
    b = staff("MLS(ASCP)", "LIS Coordinator", "Laboratory Information Systems")
    p = Patient()
    rs = results("BMP", 0.4)
    segs = [msh(c.d, "ORU^R01^ORU_R01", app="SUNQUEST", fac="RMCLAB", rapp="EPIC", rfac="RMC"), pid(p),
            f"ORC|RE|{digits(8)}|{digits(8)}", f"OBR|1|{digits(8)}|{digits(8)}|80048^BASIC METABOLIC PANEL^CPT|||{c.ago(3):%Y%m%d%H%M}"]
    for i, (n, v, u, r_, f, lo) in enumerate(rs):
        segs.append(f"OBX|{i + 1}|NM|{lo}^{n}^LN||{v}|{u}|{r_}|{f}|||F")
    blocks = [f"{b.first} - this ORU is stuck in the error queue with 'OBX-6 unit not mapped' (CO2). Pasting it so you can "
              "see the unit string:", ("pre", "\n".join(segs)), sig(eng, short=True)]
    return (M(eng, [b], "ORU in error queue", blocks, style="plain7"),
            "ORU^R01 pasted in the body with PID and the patient's BMP results")


@sc("hl7")
def h_adt_a03(c):
    eng = staff("", "Interface Analyst", "IT - Interfaces")
    v = ext_person("snf", "", "IT Manager")
    p = Patient(age=(65, 95))
    doc = Prov("Internal Medicine")
    segs = [msh(c.d, "ADT^A03^ADT_A03", rapp="MAPLEGROVE", rfac="MGRN"), f"EVN|A03|{c.d:%Y%m%d%H%M%S}", pid(p),
            pv1("I", "6N^6N-12^B^RMC", doc, c.days(-4)), f"DG1|1||I50.23^Acute on chronic systolic heart failure^I10",
            f"ZDS|{c.d:%Y%m%d%H%M}|SNF^Maple Grove Rehabilitation"]
    blocks = [f"Hi {v.first},", "Here is the A03 from this morning's transfer so you can test your inbound mapping. It's a "
              "real message, sent over the secure mail gateway.", sig(eng)]
    return (M(eng, [v], "[secure] A03 sample for mapping", blocks, attachments=[att_hl7("A03_transfer.hl7", segs)]),
            "Real ADT^A03 discharge/transfer message with PID and diagnosis")


@sc("hl7")
def h_siu(c):
    eng = staff("", "Interface Analyst", "IT - Interfaces")
    v = ext_person("imaging", "", "Interface Analyst")
    p = Patient()
    start = c.days(5, 14)
    segs = [msh(c.d, "SIU^S12^SIU_S12", rapp="LSI_RIS", rfac="LAKESHORE"), f"SCH|{digits(8)}|{digits(8)}|||||ROUTINE^Routine|MRI^MRI KNEE WO|30|MIN|^^30^{start:%Y%m%d%H%M}",
            pid(p), f"AIS|1||73721^MRI knee w/o contrast^CPT|{start:%Y%m%d%H%M}|||30|MIN", "AIL|1||LSI-MRI2^^^LAKESHORE"]
    blocks = [f"{v.first},", "SIU for the knee MRI booked through the new referral path. Your side shows the wrong duration; "
              "AIS-7 is 30. Message attached.", sig(eng)]
    return (M(eng, [v], "SIU duration mismatch", blocks, attachments=[att_hl7("siu_s12.hl7", segs)]),
            "SIU^S12 scheduling message with PID for a patient's MRI appointment")


@sc("hl7")
def h_a08(c):
    eng = staff("", "Integration Engineer", "IT - Interfaces")
    b = staff("RHIT", "HIM Data Integrity Specialist", "Health Information Management")
    p = Patient()
    segs = [msh(c.d, "ADT^A08^ADT_A01", rapp="HIM", rfac="RMC"), f"EVN|A08|{c.d:%Y%m%d%H%M%S}", pid(p, ssn_=True),
            "PV1|1|O|ECC^^^RMC", f"AL1|1|DA|70618^Penicillin^RXNORM|SV|Hives"]
    blocks = [f"{b.first},", f"The A08 for {p.last}, {p.first} went out with the old SSN; the corrected one is below. Can you "
              "confirm the MPI shows the new value?", ("pre", "\n".join(segs)), sig(eng)]
    return (M(eng, [b], "A08 correction", blocks),
            "ADT^A08 update with PID including SSN and an allergy")


@sc("hl7")
def h_oru_batch(c):
    v = ext_person("lab", "", "Interface Support")
    eng = staff("", "Lab Interface Analyst", "Laboratory Information Systems")
    segs = [f"FHS|^~\\&|TCRL|TCRL|EPIC|RMC|{c.d:%Y%m%d%H%M%S}", f"BHS|^~\\&|TCRL|TCRL|EPIC|RMC|{c.d:%Y%m%d%H%M%S}"]
    for _ in range(2):
        p = Patient()
        segs += [msh(c.d, "ORU^R01^ORU_R01", app="TCRL", fac="TCRL", rapp="EPIC", rfac="RMC"), pid(p),
                 f"OBR|1||{digits(9)}|4548-4^Hemoglobin A1c^LN|||{c.ago(20):%Y%m%d%H%M}",
                 f"OBX|1|NM|4548-4^Hemoglobin A1c^LN||{R.uniform(5.2, 10.5):.1f}|%|4.0-5.6||||F"]
    segs += ["BTS|2", "FTS|1"]
    blocks = [f"Hi {eng.first},", "Resending last night's batch that your engine NAK'd (FHS header). 2 results inside.", sig(v, PARTNERS["lab"][0])]
    return (M(v, [eng], "Resend: batch 0412", blocks, attachments=[att_hl7("tcrl_batch.hl7", segs, mode="er7")]),
            "HL7 FHS/BHS batch of ORU results with PIDs and HbA1c values")


@sc("hl7")
def h_mdm(c):
    eng = staff("", "Interface Analyst", "IT - Interfaces")
    b = staff("", "Transcription Supervisor", "Health Information Management")
    p = Patient()
    doc = Prov("Cardiology")
    segs = [msh(c.d, "MDM^T02^MDM_T02", app="DICTAPRO", fac="RMC", rapp="EPIC", rfac="RMC"), f"EVN|T02|{c.d:%Y%m%d%H%M%S}", pid(p),
            "PV1|1|O|CARD^^^HPHV", f"TXA|1|CN|TX|{c.d:%Y%m%d%H%M}|{doc.npi}^{doc.last.upper()}^{doc.first.upper()}||||||{digits(10)}||||||AU",
            "OBX|1|TX|CARD^Cardiology consult||Impression: paroxysmal atrial fibrillation, CHA2DS2-VASc 4. Start apixaban 5 mg BID.||||||F"]
    blocks = [f"{b.first},", "MDM from DictaPro attached - TXA-17 (completion status) came through as AU instead of LA, which is why "
              "the note didn't finalize.", sig(eng)]
    return (M(eng, [b], "MDM status issue", blocks, attachments=[att_hl7("mdm_t02.hl7", segs)]),
            "MDM^T02 transcription message with PID and a cardiology impression")


@sc("hl7")
def h_vxu(c):
    eng = staff("", "Public Health Interface Analyst", "IT - Interfaces")
    v = ext_person("hie", "", "Immunization Registry Support")
    p = Patient(age=(1, 16))
    segs = [msh(c.d, "VXU^V04^VXU_V04", rapp="STATEIIS", rfac="OHDH", ver="2.5.1"), pid(p),
            f"ORC|RE||{digits(8)}", f"RXA|0|1|{c.days(-1):%Y%m%d}||141^Influenza, seasonal, injectable^CVX|0.5|mL^mL^UCUM||00^New immunization record^NIP001"]
    blocks = [f"Hi {v.first},", "The registry returned AE 'patient not found' for this VXU. PID looks correct to me - can you check?",
              ("pre", "\n".join(segs)), sig(eng)]
    return (M(eng, [v], "VXU rejected", blocks, style=R.choice(["plain7", "qp"])),
            "VXU immunization message with a child's PID")


@sc("hl7")
def h_a04_urgent(c):
    eng = staff("", "Interface Analyst", "IT - Interfaces")
    b = staff("", "Practice Manager", "Fairhaven Urgent Care")
    p = Patient()
    segs = [msh(c.d, "ADT^A04^ADT_A01", app="UCREG", fac="FHUC", rapp="EPIC", rfac="RMC"), f"EVN|A04|{c.d:%Y%m%d%H%M%S}", pid(p, ssn_=True),
            "PV1|1|E|FHUC^^^FHUC", f"PV2|||^Cough and fever x3 days"]
    blocks = [f"{b.first},", "Sharing the registration message from the kiosk so you can see the chief complaint lands in PV2-3.", sig(eng)]
    return (M(eng, [b], "kiosk A04", blocks, attachments=[att_hl7("fhuc_a04.hl7", segs, mode="text")]),
            "ADT^A04 urgent-care registration with PID (incl. SSN) and chief complaint")


@sc("hl7")
def h_orm(c):
    eng = staff("", "Radiology Systems Analyst", "Radiology")
    v = ext_person("imaging", "", "PACS Administrator")
    p = Patient()
    doc = Prov("Family Medicine")
    segs = [msh(c.d, "ORM^O01^ORM_O01", rapp="LSI_RIS", rfac="LAKESHORE", ver="2.3"), pid(p),
            f"ORC|NW|{digits(8)}||||||||||{doc.npi}^{doc.last.upper()}^{doc.first.upper()}",
            f"OBR|1|{digits(8)}||77067^Screening mammography bilateral^CPT|||{c.d:%Y%m%d%H%M}||||||Z12.31",
            "DG1|1||Z12.31^Encounter for screening mammogram^I10"]
    blocks = [f"{v.first},", "The order went over without OBR-4 text - attached for your logs.", sig(eng)]
    return (M(eng, [v], "ORM missing text", blocks, attachments=[att_hl7("orm_o01.hl7", segs)]),
            "ORM^O01 order with PID for a patient's screening mammogram")


# =============================================================================================
# POSITIVE: ccda
# =============================================================================================
def ccda_common(c, p, kind):
    author = Prov(R.choice(["Internal Medicine", "Family Medicine", "Cardiology"]))
    probs = R.sample(DX[:16], 3)
    meds = R.sample(MEDS, 4)
    labs = results(R.choice(["BMP", "Lipid panel", "CBC"]))
    title, code, name = {"ccd": ("Continuity of Care Document", "34133-9", "Summary of episode note"),
                         "ref": ("Referral Note", "57133-1", "Referral note"),
                         "dc": ("Discharge Summary", "18842-5", "Discharge summary")}[kind]
    enc = (c.days(-4), c.d, "Riverside Medical Center") if kind == "dc" else None
    org = "Riverside Medical Center" if kind == "dc" else R.choice(FACILITIES)
    xml = ccda_xml(p, title, code, name, author, org, probs, meds,
                   [(R.choice(["Penicillin", "Sulfa drugs", "Latex", "Shellfish", "No known drug allergies"]), R.choice(["Hives", "Rash", "Anaphylaxis", "-"]))],
                   labs, enc, c.d)
    return xml, author, probs


@sc("ccda")
def cc_hie_query(c):
    v = ext_person("hie", "", "HIE Support Analyst")
    him = staff("RHIT", "Interoperability Analyst", "Health Information Management")
    p = Patient()
    xml, _, _ = ccda_common(c, p, "ccd")
    blocks = [f"Hi {him.first},", f"Per ticket {digits(6)}, attached is the CCD our gateway returned for {p.first} {p.last} "
              "during the failed query - it rendered without the Results section in your viewer.", sig(v, PARTNERS["hie"][0])]
    return (M(v, [him], "CCD from failed query", blocks, attachments=[att_xml("CCD_response.xml", xml)]),
            "C-CDA CCD XML attachment for a named patient (MRN, DOB, address, problems, meds, results)")


@sc("ccda")
def cc_referral_note(c):
    pcp = Prov("Family Medicine")
    spec = ext_person("ortho", "MD", "Orthopedic Surgeon")
    p = Patient()
    xml, _, probs = ccda_common(c, p, "ref")
    blocks = [f"Dr. {spec.last},", f"Referral note for {p.full} attached as C-CDA (your EHR should import it).", sig(pcp)]
    return (M(pcp, [spec], "[secure] Referral note - C-CDA", blocks, attachments=[att_xml(f"ReferralNote_{p.last.replace(' ', '')}.xml", xml)]),
            "C-CDA Referral Note XML for a named patient")


@sc("ccda")
def cc_discharge_to_snf(c):
    cm = staff("RN, CCM", "Case Manager", "Care Management")
    snf = ext_person("snf", "RN", "Director of Nursing")
    p = Patient(age=(70, 95))
    xml, _, _ = ccda_common(c, p, "dc")
    blocks = [f"{snf.first},", f"Discharge summary C-CDA for {p.first} {p.last}, arriving this afternoon.", sig(cm)]
    return (M(cm, [snf], "Discharge C-CDA", blocks, attachments=[att_xml("DischargeSummary_CCDA.xml", xml)]),
            "Discharge-summary C-CDA for a named patient transferring to a SNF")


@sc("ccda", 2)
def cc_validation(c):
    him = staff("", "Interoperability Analyst", "Health Information Management")
    eng = staff("", "Integration Engineer", "IT - Interfaces")
    p = Patient()
    xml, _, _ = ccda_common(c, p, R.choice(["ccd", "dc"]))
    issue = ["the problem entries are missing the SNOMED translation", "birthTime has no timezone and the validator warns"][c.v]
    blocks = [f"{eng.first},", f"Validator output says {issue}. This is the production document for a live patient (the one "
              "in the ticket), so keep it in the secure share.", sig(him)]
    return (M(him, [eng], "C-CDA validation warnings", blocks, attachments=[att_xml("production_ccda_ticket.xml", xml)]),
            "Production C-CDA with a patient's demographics and clinical sections, sent for validation")


@sc("ccda")
def cc_forwarded(c):
    pcp = Prov("Internal Medicine")
    ma = staff("CMA", "Medical Assistant", "Stonebridge Primary Care")
    v = ext_person("hie", "", "Notifications")
    p = Patient()
    xml, _, _ = ccda_common(c, p, "ccd")
    inner = M(v, [pcp], f"Encounter notification: {p.last}, {p.first}",
              [f"An encounter summary is available for your patient {p.full}, who was seen at an outside facility.", sig(v, PARTNERS["hie"][0])],
              attachments=[att_xml("EncounterSummary.xml", xml)], style="plain7")
    blocks = [f"{ma.first}, please abstract the outside meds into the chart.", sig(pcp, short=True)]
    return (M(pcp, [ma], f"FW: Encounter notification: {p.last}, {p.first}", blocks,
              attachments=[inner_message(inner, c.ago(5))]),
            "Forwarded HIE encounter notification (message/rfc822) carrying a C-CDA for a named patient")


@sc("ccda")
def cc_patient_request(c):
    him = staff("RHIT", "Release of Information Specialist", "Health Information Management")
    p = Patient()
    xml, _, _ = ccda_common(c, p, "ccd")
    blocks = [f"Dear {p.first} {p.last},", "As you requested, attached is your health summary in the standard C-CDA format, "
              "which you can import into your personal health app.", sig(him)]
    return (M(him, [p], "[secure] Your health summary", blocks, attachments=[att_xml("My_Health_Summary.xml", xml)]),
            "Patient's own C-CDA health summary sent on request")


@sc("ccda")
def cc_payer_request(c):
    qa = staff("", "HEDIS Abstractor Liaison", "Quality & Patient Safety")
    v = ext_person("plan", "", "Quality Reviewer")
    p = Patient()
    xml, _, _ = ccda_common(c, p, "ccd")
    blocks = [f"{v.first},", f"For the HEDIS hybrid review: CCD for member {p.full}, member ID {p.member}.", sig(qa)]
    return (M(qa, [v], "HEDIS record", blocks, attachments=[att_xml("hedis_ccd.xml", xml)]),
            "C-CDA sent to the health plan for a named member with member id")


@sc("ccda")
def cc_inline_fragment(c):
    eng = staff("", "Integration Engineer", "IT - Interfaces")
    b = staff("", "EHR Analyst", "IT - Clinical Applications")
    p = Patient()
    frag = (f'<recordTarget>\n  <patientRole>\n    <id extension="{p.mrn}" root="2.16.840.1.113883.3.7201.1.1"/>\n'
            f'    <patient>\n      <name><given>{p.first}</given><family>{p.last}</family></name>\n'
            f'      <birthTime value="{p.dob:%Y%m%d}"/>\n    </patient>\n  </patientRole>\n</recordTarget>\n'
            '...\n<observation classCode="OBS" moodCode="EVN">\n'
            '  <value xsi:type="CD" code="E11.65" codeSystem="2.16.840.1.113883.6.90" displayName="Type 2 diabetes mellitus with hyperglycemia"/>\n'
            '</observation>')
    blocks = [f"{b.first},", "Here's the relevant part of the document that failed to reconcile (patient header + the problem entry):",
              ("pre", frag), sig(eng)]
    return (M(eng, [b], "Reconcile failure excerpt", blocks),
            "C-CDA fragment pasted in the body with a patient's MRN, name, DOB and a diagnosis")


@sc("ccda")
def cc_epic_to_epic(c):
    pcp = Prov("Pediatrics")
    v = ext_person("hie", "MD", "Pediatrician")
    p = Patient(age=(1, 17))
    xml, _, _ = ccda_common(c, p, "ccd")
    blocks = [f"Dr. {v.last},", f"The family of {p.first} {p.last} is moving to your area; with their permission, attached is "
              f"{p.his} CCD including immunizations and growth.", sig(pcp)]
    return (M(pcp, [v], "[secure] Transfer of care", blocks, attachments=[att_xml("CCD_transfer.xml", xml)]),
            "Pediatric transfer-of-care C-CDA for a named child")


# =============================================================================================
# POSITIVE: imaging
# =============================================================================================
RADS = None


def radiologist():
    return P(cred="MD", title="Radiologist")


@sc("imaging")
def im_cta_pe(c):
    s = role("Radiology Results", "radiology-results")
    doc = Prov("Internal Medicine")
    p = Patient()
    rep = rad_report(p, "CT ANGIOGRAPHY CHEST (PE PROTOCOL)", "Shortness of breath, tachycardia, D-dimer 1.9",
                     "Axial CT of the chest after 75 mL iohexol 350. MIP reformats.", "None.",
                     ["Filling defects in the right lower lobe segmental and subsegmental pulmonary arteries.",
                      "RV/LV ratio 0.9. No pleural effusion. Lungs clear."],
                     ["Acute right lower lobe segmental pulmonary emboli.", "No CT evidence of right heart strain."], radiologist(), c.d)
    blocks = [f"Dr. {doc.last},", "Critical result - read back completed with you by phone at " + f"{c.d:%H%M}.", ("pre", rep)]
    return (M(s, [doc], "CRITICAL RESULT", blocks, style="plain7", importance="High"),
            "CT angiography report with PE for a named patient (name, DOB, MRN)")


@sc("imaging")
def im_mammo_letter(c):
    s = role("Lakeview Women's Health - Breast Imaging", "breastimaging")
    p = Patient(sex="F", age=(40, 75))
    blocks = [f"Dear {p.first} {p.last},", f"Your screening mammogram on {long_date(c.days(-3))} showed an area that needs a "
              "closer look (BI-RADS 0: incomplete). This is common - most call-backs turn out to be normal tissue.",
              "Please call (614) 555-0138 to schedule a diagnostic mammogram and possible ultrasound within 2 weeks.",
              "Sincerely,", "Breast Imaging Center"]
    return (M(s, [p], "Your mammogram results", blocks, style=R.choice(["qp", "b64", "alt"])),
            "Mammogram call-back letter (BI-RADS 0) to a named patient")


@sc("imaging")
def im_mri_knee_fw(c):
    surg = Prov("Orthopedic Surgery")
    pa = staff("PA-C", "Physician Assistant", "Westgate Orthopedics & Sports Medicine")
    p = Patient(age=(18, 60))
    rep = rad_report(p, "MRI RIGHT KNEE WITHOUT CONTRAST", "Twisting injury, medial joint line pain, locking",
                     "Multiplanar multisequence MRI.", "Radiographs from 2 weeks ago.",
                     ["Complex tear of the posterior horn of the medial meniscus with a displaced flap into the intercondylar notch.",
                      "ACL and PCL intact. Grade 1 MCL sprain. Small joint effusion."],
                     ["Displaced flap tear of the medial meniscus.", "Grade 1 MCL sprain."], radiologist(), c.days(-1), mrn_=R.random() < 0.5)
    old = prior(role("Radiology Results", "radiology-results"), [surg], c.ago(6), "MRI result", [("pre", rep)])
    blocks = [f"{pa.first} - please get {p.first} on my schedule next week to discuss arthroscopy.", sig(surg, short=True), chain([old])]
    return (M(surg, [pa], "FW: MRI result", blocks),
            "Forwarded knee MRI report for a named patient")


@sc("imaging")
def im_cxr(c):
    s = role("Radiology Results", "radiology-results")
    doc = Prov("Family Medicine", app=True)
    p = Patient()
    rep = rad_report(p, "XR CHEST PA AND LATERAL", "Cough x 3 weeks, fever", "2 views.", "None.",
                     ["Patchy consolidation in the left lower lobe. No effusion or pneumothorax. Heart size normal."],
                     ["Left lower lobe pneumonia. Follow-up radiographs in 6-8 weeks to document resolution."], radiologist(), c.d, mrn_=False)
    return (M(s, [doc], "Result: XR chest", [("pre", rep)], style=R.choice(["plain7", "qp"])),
            "Chest X-ray report for a named patient (no MRN)")


@sc("imaging")
def im_us_abd_pdf(c):
    v = ext_person("imaging", "MD", "Radiologist")
    doc = Prov("Gastroenterology")
    p = Patient()
    rep = rad_report(p, "ULTRASOUND ABDOMEN COMPLETE", "Elevated ALT/AST, right upper quadrant pain", "Real-time grayscale and Doppler.",
                     "None.", ["Liver enlarged (17.8 cm) with diffusely increased echogenicity. No focal lesion.",
                               "Gallbladder with multiple shadowing stones, no wall thickening. CBD 4 mm.", "Spleen normal."],
                     ["Hepatomegaly with hepatic steatosis.", "Cholelithiasis without cholecystitis."], v, c.d)
    blocks = [f"Dr. {doc.last},", "Report attached for your patient.", sig(v, PARTNERS["imaging"][0])]
    return (M(v, [doc], "Lakeshore Imaging report", blocks,
              attachments=[att_pdf("LSI_US_report.pdf", [("h", "Lakeshore Imaging Partners")] + wrap_lines(rep), date=c.d)]),
            "Outside ultrasound report PDF for a named patient")


@sc("imaging")
def im_dexa(c):
    doc = Prov("Endocrinology")
    p = Patient(sex="F", age=(55, 85))
    blocks = [f"Dear {p.first},", f"Your bone density (DEXA) scan from {long_date(c.days(-7))} shows osteoporosis: T-score -2.8 at "
              "the lumbar spine and -2.3 at the left femoral neck. I recommend starting alendronate 70 mg once a week along with "
              "calcium and vitamin D. Let's discuss at your visit next month.", sig(doc)]
    return (M(doc, [p], "Your DEXA results", blocks),
            "DEXA results with T-scores e-mailed to a named patient")


@sc("imaging")
def im_echo(c):
    card = Prov("Cardiology")
    doc = Prov("Internal Medicine")
    p = Patient(age=(50, 90))
    blocks = [f"Dr. {doc.last},", f"Echo on {p.first} {p.last} (DOB {mdy(p.dob)}) today:",
              ("list", ["LVEF 35-40% with global hypokinesis (was 55% two years ago).", "Moderate functional mitral regurgitation.",
                        "RVSP 42 mmHg. Left atrium moderately dilated."]),
              "I'd start GDMT and get an ischemic evaluation - happy to see in clinic this week.", sig(card)]
    return (M(card, [doc], "Echo result", blocks),
            "Echocardiogram findings for a named patient")


@sc("imaging")
def im_ct_head_stroke(c):
    rad = radiologist()
    ed = Prov("Internal Medicine")
    p = Patient(age=(55, 90))
    rep = rad_report(p, "CT HEAD WITHOUT CONTRAST / CTA HEAD AND NECK (CODE STROKE)", "Left facial droop, right arm weakness, LKW 45 min",
                     "Non-contrast CT followed by CTA.", "None.",
                     ["No intracranial hemorrhage. ASPECTS 9.", "Occlusion of the left M1 segment of the middle cerebral artery."],
                     ["Left M1 occlusion - neurointerventional team notified at " + f"{c.d:%H%M}."], rad, c.d)
    return (M(rad, [ed], "CODE STROKE - CT/CTA result", [("pre", rep)], style="plain7", importance="High"),
            "Code-stroke CT/CTA report for a named patient")


@sc("imaging")
def im_thyroid_us_html(c):
    s = role("Radiology Results", "radiology-results")
    doc = Prov("Endocrinology")
    p = Patient()
    blocks = [f"Dr. {doc.last}, the following result is final:", ptkv(p, c.d, True, True, [("Exam", "US THYROID"), ("Date", mdy(c.d))]),
              ("table", ["Nodule", "Location", "Size", "Composition", "TI-RADS"], [["1", "Right lower pole", "1.8 x 1.2 x 1.1 cm", "Solid, hypoechoic", "TR4"],
                                                                                   ["2", "Left mid", "0.6 cm", "Spongiform", "TR1"]]),
              "IMPRESSION: TR4 nodule >= 1.5 cm - FNA recommended."]
    return (M(s, [doc], "Result final", blocks, style="html", html_style="outlook"),
            "HTML thyroid ultrasound report table for a named patient with split DOB and MRN")


@sc("imaging")
def im_addendum(c):
    qa = staff("MD", "Radiology Quality Director", "Radiology")
    doc = Prov("Family Medicine")
    p = Patient()
    blocks = [f"Dr. {doc.last},", f"An addendum was made to the CT abdomen/pelvis for {p.full} (MRN {p.mrn}) from {mdy(c.days(-9))}: "
              "on peer review, a 9 mm enhancing lesion in the left kidney upper pole was not described in the original report. "
              "Recommend renal-protocol CT or MRI. We apologize for the discrepancy and have notified your office by phone.", sig(qa)]
    return (M(qa, [doc], "Radiology report addendum", blocks, importance="High"),
            "Radiology addendum notice about a named patient's missed renal lesion")


@sc("imaging")
def im_patient_portal_question(c):
    p = Patient(age=(30, 80))
    rn = staff("RN", "Nurse Navigator", "Riverside Cancer Institute")
    orig = prior(p, [rn], c.ago(8), "my PET scan",
                 ["I read my PET scan report in the app before my appointment and it says 'interval decrease in size and FDG "
                  "avidity of the mediastinal nodes, Deauville 2'. Is that good news? I can't wait until Thursday."], style="gmail")
    blocks = [f"Hi {p.first},", "I understand how hard the wait is. Dr. Kahale looked at it and said she's happy to tell you it "
              "shows a good response to treatment; she'll go over the details Thursday.", sig(rn), chain([orig])]
    return (M(rn, [p], "RE: my PET scan", blocks, reply=True),
            "Nurse navigator discussing a named patient's PET scan result")


# =============================================================================================
# POSITIVE: label (Confidential - PHI sensitivity label; innocuous body)
# =============================================================================================
PHI_NAMES = ["Confidential - PHI", "Confidential PHI", "confidential-phi", "Confidential_PHI", "CONFIDENTIAL PHI",
             "Confidential - PHI", "Confidential-PHI"]


def phi_label():
    return ("phi", R.choice(PHI_NAMES))


@sc("label")
def lb_thanks(c):
    a, b = staff("RN"), staff("MD")
    return (M(a, [b], "RE: follow-up", ["Thanks, got it.", sig(a, short=True)], label=phi_label(), reply=True, style="plain7"),
            "Carries the Confidential - PHI sensitivity label; one-line reply body")


@sc("label")
def lb_meet(c):
    a, b = staff("LCSW"), staff("RN, CCM")
    return (M(a, [b], "quick question", [f"Can we talk at 2 instead of 3? {a.first}"], label=phi_label(), style="qp"),
            "PHI sensitivity label on a scheduling one-liner")


@sc("label")
def lb_calendar(c):
    a = staff("MD", "Medical Director", "Quality & Patient Safety")
    att = [staff("RN"), staff("PharmD"), staff("JD")]
    start = c.workday(3, 16)
    cal = calendar_part(a, att, "Case review", start, 45, "Pavilion Room 6", "Case review - materials will be shared in the room.",
                        f"{hashlib.md5(str(start).encode()).hexdigest()}@{DOMAIN}", stamp=c.d)
    return (M(a, att, "Case review", ["Materials will be shared in the room."], calendar=cal, label=phi_label()),
            "Calendar invite carrying the PHI sensitivity label; body only says materials will be shared")


@sc("label")
def lb_call_me(c):
    a, b = staff("RN", "Nurse Manager"), staff("", "Risk Manager")
    return (M(a, [b], "Call me", ["Please call me when you get a chance.", sig(a)], label=phi_label()),
            "PHI label on a 'please call me' message")


@sc("label")
def lb_chain(c):
    a, b, d = staff("RHIA"), staff("RHIT"), staff("")
    old = prior(b, [a], c.ago(20), "Tuesday", ["Are we still on for Tuesday's audit prep?"])
    mid = prior(a, [b], c.ago(10), "RE: Tuesday", ["Yes - 10 a.m. in the HIM conference room.", chain([old])])
    return (M(b, [a, d], "RE: Tuesday", ["Adding Pat's team. See below.", chain([old, mid])], label=phi_label(), reply=True),
            "PHI-labelled reply chain whose visible content is only meeting logistics")


@sc("label")
def lb_approved(c):
    a, b = staff("MD"), staff("", "Coordinator")
    return (M(a, [b], "RE: request", ["Approved.", sig(a, short=True)], label=phi_label(), style="html", reply=True),
            "PHI label on an 'Approved.' reply")


@sc("label")
def lb_will_do(c):
    a, b = staff("CMA"), staff("DO")
    return (M(a, [b], "RE: today", ["Will do - I'll let you know when it's done."], label=phi_label(), style="b64", reply=True),
            "PHI label on a 'will do' reply")


@sc("label")
def lb_spreadsheet(c):
    a, b = staff("", "Analyst"), staff("", "Director")
    return (M(a, [b], "Updated list", ["Sending the updated spreadsheet through the secure share shortly - it is too big for e-mail.", sig(a)],
              label=phi_label()),
            "PHI-labelled note announcing a spreadsheet sent separately; body has no details")


@sc("label")
def lb_room_change(c):
    a = staff("", "Administrative Assistant")
    return (M(a, [role("Tumor Board", "tumorboard")], "Room change", ["Thursday's meeting moves to Pavilion Room 4. Lunch provided.", sig(a)],
              label=phi_label(), style="alt"),
            "PHI-labelled room-change notice for a meeting")


@sc("label")
def lb_thank_you(c):
    a, b = staff("PharmD"), staff("RN")
    return (M(a, [b], "Thank you", ["Thank you for your help this morning!", sig(a)], label=phi_label(), footer=True),
            "PHI label on a thank-you note with a confidentiality footer")


# =============================================================================================
# POSITIVE: mbi (Medicare Beneficiary Identifier in a patient context)
# =============================================================================================
@sc("mbi")
def mb_new_card(c):
    reg = staff("", "Patient Access Representative", "Patient Access")
    him = staff("", "Registration Quality Specialist", "Patient Access")
    p = Patient(age=(65, 90))
    blocks = [f"{him.first},", f"{p.full} (DOB {mdy(p.dob)}) brought a new Medicare card today. Updated the coverage: MBI "
              f"{p.mbi}, Part A and B effective {mdy(c.days(-400))}. Old Medigap plan termed.", sig(reg)]
    return (M(reg, [him], "Coverage update", blocks, style=R.choice(["plain7", "qp"])),
            "Registration update recording a named patient's MBI and DOB")


@sc("mbi")
def mb_hets(c):
    ev = staff("", "Eligibility Specialist", "Patient Access")
    fc = staff("", "Financial Counselor", "Patient Financial Services")
    p = Patient(age=(65, 92))
    text = (f"HETS 271 RESPONSE\nBeneficiary: {p.last.upper()}, {p.first.upper()}   DOB: {p.dob:%Y%m%d}   MBI: {p.mbi}\n"
            f"Part A: Active since {c.days(-900):%Y%m%d}   Part B: Active since {c.days(-900):%Y%m%d}\n"
            "MA plan: none   MSP: none   Hospice: none\nPart B deductible remaining: $0.00")
    blocks = [f"{fc.first},", "Eligibility for tomorrow's infusion patient came back clean:", ("pre", text), sig(ev)]
    return (M(ev, [fc], "Eligibility OK", blocks),
            "Medicare eligibility (HETS) response with a beneficiary's name, DOB and MBI")


@sc("mbi")
def mb_crossover(c):
    biller = staff("", "Government Payer Biller", "Patient Financial Services")
    v = ext_person("payer", "", "Medigap Claims")
    p = Patient(age=(65, 90))
    blocks = [f"{v.first},", "Medicare paid this claim but the crossover didn't arrive. Details:",
              ("kv", [("Beneficiary", p.full), ("MBI", p.mbi), ("DOB", mdy(p.dob)),
                      ("DOS", mdy(c.days(-45))), ("Services", "93306 echocardiogram; 93000 ECG"), ("Medicare paid", "$512.16")]),
              sig(biller)]
    return (M(biller, [v], "Crossover not received", blocks),
            "Medigap crossover inquiry with a beneficiary's MBI, DOB and services")


@sc("mbi")
def mb_patient_email(c):
    p = Patient(age=(65, 85))
    reg = staff("", "Patient Access Representative", "Patient Access")
    m = p.mbi
    loose = R.choice([f"{m[:4]}-{m[4:7]}-{m[7:]}", f"{m[:4]} {m[4:7]} {m[7:]}", m.lower()])
    orig = prior(p, [reg], c.ago(7), "new medicare card",
                 [f"hello I turned 65 and got my red white and blue card. number is {loose}. my appointment with the heart "
                  f"doctor is next week. {p.full}"], style="gmail")
    blocks = [f"Hi {p.first},", "Thank you - your Medicare coverage is now on file for your cardiology visit.", sig(reg), chain([orig])]
    return (M(reg, [p], "RE: new medicare card", blocks, reply=True),
            "Patient e-mails a loosely written MBI with an upcoming cardiology visit")


@sc("mbi")
def mb_home_health(c):
    hh = ext_person("snf", "RN", "Intake Coordinator")
    doc = Prov("Internal Medicine")
    p = Patient(age=(68, 95))
    blocks = [f"Dr. {doc.last},", f"We received the home health referral for {p.full}. To complete the face-to-face certification "
              "please sign the attached order in the portal.",
              ("kv", [("Medicare ID (MBI)", p.mbi), ("DOB", mdy(p.dob)), ("Primary dx", "I50.22 chronic systolic heart failure"),
                      ("Services", "SN, PT, OT")]), sig(hh, "Maple Grove Home Health")]
    return (M(hh, [doc], "Home health certification", blocks),
            "Home-health certification request with a patient's MBI and diagnosis")


@sc("mbi")
def mb_dme_cpap(c):
    dme = ext_person("pharm", "", "DME Intake")
    rt = staff("RPSGT", "Sleep Center Coordinator", "Sleep Disorders Center")
    p = Patient(age=(65, 85))
    blocks = [f"Hi {rt.first},", f"For the CPAP setup on {p.full} (MBI {p.mbi}) Medicare needs the sleep study with AHI and the "
              "face-to-face note within 6 months. Can you send both? Setup is scheduled for Friday.", sig(dme, PARTNERS["pharm"][0])]
    return (M(dme, [rt], "CPAP docs needed", blocks),
            "DME supplier requesting sleep-study documents for a patient identified by MBI")


@sc("mbi")
def mb_hospice(c):
    sw = staff("LSW", "Hospice Liaison", "Care Management")
    v = ext_person("snf", "", "Hospice Admissions")
    p = Patient(age=(70, 98))
    blocks = [f"{v.first},", f"Hospice election signed by {p.full}'s daughter (healthcare POA) today. Terminal dx: metastatic "
              f"pancreatic cancer (C25.9). Medicare MBI {p.mbi}. Admission visit requested for tomorrow morning.", sig(sw)]
    return (M(sw, [v], "Hospice referral", blocks),
            "Hospice referral with a patient's MBI and terminal diagnosis")


@sc("mbi")
def mb_awv_csv(c):
    ana = staff("", "Population Health Analyst", "Population Health")
    mgr = staff("", "Practice Manager", "Millbrook Family Medicine")
    rows = [["patient_name", "dob", "mbi", "last_awv", "pcp"]]
    for _ in range(6):
        p = Patient(age=(65, 90))
        rows.append([f"{p.last}, {p.first}", p.dob.isoformat(), p.mbi, f"{c.d.year - 2}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}", Prov("Family Medicine").full])
    blocks = [f"{mgr.first},", "Attached are your Medicare patients due for an annual wellness visit (G0439). Please start outreach calls.", sig(ana)]
    return (M(ana, [mgr], "AWV outreach list", blocks, attachments=[att_csv("awv_due_millbrook.csv", rows)]),
            "CSV of named Medicare patients with DOB and MBI due for wellness visits")


@sc("mbi")
def mb_html_split(c):
    fc = staff("", "Infusion Financial Coordinator", "Outpatient Infusion Center")
    rn = staff("RN, OCN", "Charge Nurse", "Outpatient Infusion Center")
    p = Patient(age=(65, 85))
    m = p.mbi
    blocks = [f"{rn.first},", "Coverage verified for Monday's first infusion:",
              ("kv", [("Patient", p.full), ("Medicare ID", f"{m[:4]}\x01{m[4:7]}\x01{m[7:]}"), ("Drug", "Pembrolizumab 200 mg q3w (J9271)"),
                      ("Coverage", "Part B 80% / Medigap Plan G 20%")]), sig(fc)]
    return (M(fc, [rn], "Coverage verified", blocks, style="html", html_style="outlook"),
            "HTML coverage note with a patient's MBI split across spans and a chemotherapy drug")


@sc("mbi")
def mb_ma_disenroll(c):
    cs = staff("", "Managed Care Specialist", "Managed Care")
    fc = staff("", "Financial Counselor", "Patient Financial Services")
    p = Patient(age=(66, 88))
    blocks = [f"{fc.first},", f"{p.first} {p.last} (DOB {mdy(p.dob)}) disenrolled from the Medicare Advantage plan effective the 1st and "
              f"is back on Original Medicare - MBI {mbi(dashes=True) if R.random() < 0.5 else p.mbi}. Please rebill the two outpatient "
              "PT visits from this month to Part B.", sig(cs)]
    return (M(cs, [fc], "MA disenrollment", blocks),
            "Medicare Advantage disenrollment note with a patient's MBI and PT visits")


# =============================================================================================
# reply/forward wrappers: some negatives arrive as replies or inline forwards of the scenario
# message, so that quoted chains are not a PHI signal by themselves
# =============================================================================================
def wrap_chain(c, m, sender, to, lines, fw=False, hours=6):
    old = prior(m.sender, m.to, c.ago(hours), m.subject, m.blocks, cc=m.cc)
    subj = ("FW: " if fw else "RE: ") + m.subject
    return M(sender, to, subj, list(lines) + [sig(sender), chain([old])], reply=not fw,
             attachments=m.attachments if fw else [], style=R.choice(["alt", "html", "qp", "plain7"]))


def w_survey(c, m, note):
    return (wrap_chain(c, m, m.to[0], [m.sender], ["Looks good. Let's change the subject to \"How was your visit?\" and "
                                                   "send me a proof from the vendor's test account."], hours=4),
            note + " (reply chain)")


def w_cred(c, m, note):
    p = m.to[0]
    return (wrap_chain(c, m, p, [m.sender], [f"All correct except my board certification now runs through {c.d.year + 8}. "
                                             "CV is uploaded; CME attestation to follow this week."], hours=30),
            note + " (physician's reply quoting the original)")


def w_lots(c, m, note):
    t = m.to[0]
    return (wrap_chain(c, m, t, [m.sender], ["Done - pulled all five lots. Everything is back in main pharmacy bin R-4, "
                                             "documented as RT-EXP."], hours=5),
            note + " (technician's reply)")


def w_sepsis(c, m, note):
    cmo = staff("MD", "Chief Medical Officer", "Office of the CMO")
    dirq = staff("MD, MMM", "Chief Quality Officer", "Quality & Patient Safety")
    return (wrap_chain(c, m, dirq, [cmo], ["FYI for the board quality report - aggregate only, no case detail."], fw=True, hours=3),
            note + " (forwarded)")


def w_lab(c, m, note):
    ed = staff("MD", "Medical Director", "Emergency Department")
    return (wrap_chain(c, m, ed, [role("ED Providers", "edproviders")], ["Please note the new troponin cutoffs - the chest pain "
                                                                       "order set will be updated the same day."], fw=True, hours=20),
            note + " (forwarded)")


def w_gala(c, m, note):
    vp = staff("", "Vice President", "Patient Care Services")
    return (wrap_chain(c, m, vp, [role("Patient Care Services Leaders", "pcsleaders")],
                       ["Our division has a table again this year - let me know by Friday if you'd like a seat."], fw=True, hours=26),
            note + " (inline forward to staff)")


def w_formulary(c, m, note):
    doc = Prov("Cardiology")
    rn = staff("RN", "Clinic Nurse", "Harbor Point Heart & Vascular")
    return (wrap_chain(c, m, doc, [rn], ["Heads-up: new rivaroxaban starts will need a PA after this date - default to apixaban "
                                         "unless there's a reason not to."], fw=True, hours=8),
            note + " (forwarded)")


WRAP = {"t_survey_template": w_survey, "pd_credentialing_npi": w_cred, "i_pharmacy_lots": w_lots,
        "ag_sepsis_q3": w_sepsis, "nl_lab": w_lab, "mk_gala": w_gala, "rx_formulary": w_formulary}


# =============================================================================================
# main
# =============================================================================================
def main():
    plan = [(kind, fn, v) for kind, fn, n in SCEN for v in range(n)]
    random.Random(SEED + 7).shuffle(plan)
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    labels = []
    n = len(plan)
    for i, (kind, fn, v) in enumerate(plan):
        day = BASE + dt.timedelta(days=int(i * 250 / n))
        if day.weekday() >= 5 and R.random() < 0.8:
            day += dt.timedelta(days=7 - day.weekday())
        local = day.replace(hour=R.choice([7, 8, 8, 9, 9, 10, 10, 11, 12, 13, 13, 14, 14, 15, 15, 16, 16, 17, 18, 21]),
                            minute=R.randint(0, 59), second=R.randint(0, 59))
        ctx = Ctx(local, v, i)
        m, note = fn(ctx)
        if fn.__name__ in WRAP:
            m, note = WRAP[fn.__name__](ctx, m, note)
        phi = kind in POS_KINDS
        utc = local - dt.timedelta(hours=tzoff(local))
        raw, desc, _ = message_bytes(m, utc, phi, str(i))
        fname = f"s{i + 1:04d}.eml"
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(raw)
        labels.append({"file": fname, "phi": phi, "kind": kind, "form": desc, "note": note})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="ascii", newline="\n") as fh:
        fh.write(json.dumps(labels, indent=1, ensure_ascii=True) + "\n")
    counts = {}
    for l in labels:
        counts[l["kind"]] = counts.get(l["kind"], 0) + 1
    npos = sum(l["phi"] for l in labels)
    print(f"wrote {n} messages: phi=true {npos}, phi=false {n - npos}")
    for k in POS_KINDS + NEG_KINDS:
        print(f"  {k:<20} {str(k in POS_KINDS).lower():<6} {counts.get(k, 0)}")


if __name__ == "__main__":
    main()

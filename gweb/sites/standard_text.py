"""Default text of the G-Web standard pages, in Lao and English."""

STANDARD_TEXT = {
    "home": {
        "lo": {
            "summary": "ເວັບໄຊທາງການ ສະໜອງຂ່າວສານ, ນິຕິກຳ ແລະ ຂໍ້ມູນການບໍລິການ ໃຫ້ແກ່ປະຊາຊົນ ແລະ ຫົວໜ່ວຍທຸລະກິດ.",
            "body": (
                "<p>ຍິນດີຕ້ອນຮັບສູ່ເວັບໄຊທາງການຂອງພວກເຮົາ. ຢູ່ທີ່ນີ້ ທ່ານສາມາດຊອກຫາຂ່າວສານ, ນິຕິກຳ "
                "ແລະ ຂໍ້ມູນກ່ຽວກັບການບໍລິການ ທີ່ພວກເຮົາສະໜອງໃຫ້ແກ່ປະຊາຊົນ, ຫົວໜ່ວຍທຸລະກິດ ແລະ ການຈັດຕັ້ງຕ່າງໆ.</p>"
                "<p>ນີ້ແມ່ນຂໍ້ຄວາມເລີ່ມຕົ້ນຂອງລະບົບ. ກະລຸນາປ່ຽນແທນດ້ວຍການແນະນຳສັ້ນໆ ກ່ຽວກັບໜ່ວຍງານຂອງທ່ານ: "
                "ໜ່ວຍງານເຮັດໜ້າທີ່ຫຍັງ, ຮັບໃຊ້ໃຜ ແລະ ຜູ້ເຂົ້າຊົມສາມາດຊອກຫາຫຍັງແດ່ ໃນເວັບໄຊນີ້.</p>"
            ),
        },
        "en": {
            "summary": "Official website with news, legal documents and information on services for citizens and businesses.",
            "body": (
                "<p>Welcome to our official website. Here you will find news, legal documents and information "
                "about the services we provide to citizens, businesses and other organisations.</p>"
                "<p>This is default text. Please replace it with a short introduction to your office: what it "
                "does, whom it serves and what visitors can find on this website.</p>"
            ),
        },
    },
    "about": {
        "lo": {
            "summary": "ຂໍ້ມູນທົ່ວໄປກ່ຽວກັບໜ່ວຍງານ: ປະຫວັດຄວາມເປັນມາ, ພາລະບົດບາດ, ໂຄງຮ່າງການຈັດຕັ້ງ ແລະ ຄະນະນຳ.",
            "body": (
                "<p>ໜ້ານີ້ແນະນຳໜ່ວຍງານຂອງພວກເຮົາໂດຍຫຍໍ້. ລາຍລະອຽດກ່ຽວກັບປະຫວັດຄວາມເປັນມາ, "
                "ພາລະບົດບາດ ແລະ ໜ້າທີ່, ໂຄງຮ່າງການຈັດຕັ້ງ ແລະ ຄະນະນຳ ມີຢູ່ໃນໜ້າຍ່ອຍຂອງໜ້ານີ້.</p>"
                "<p>ກະລຸນາຂຽນສອງສາມປະໂຫຍກ ກ່ຽວກັບສະຖານະ ແລະ ບົດບາດຂອງໜ່ວຍງານ ເຊັ່ນ: ໜ່ວຍງານຂຶ້ນກັບໃຜ, "
                "ຄຸ້ມຄອງຂົງເຂດວຽກງານໃດ ແລະ ຕັ້ງຢູ່ໃສ.</p>"
            ),
        },
        "en": {
            "summary": "General information about the office: its history, mission, organisation structure and leadership.",
            "body": (
                "<p>This page gives a short introduction to our office. The pages below it describe our "
                "history, our mission and mandate, our organisation structure and our leadership.</p>"
                "<p>Please write a few sentences on the office's status and role: whom it reports to, which "
                "areas of work it is responsible for and where it is based.</p>"
            ),
        },
    },
    "history": {
        "lo": {
            "summary": "ປະຫວັດການສ້າງຕັ້ງ ແລະ ການຂະຫຍາຍຕົວ ຂອງໜ່ວຍງານ ນັບແຕ່ມື້ສ້າງຕັ້ງຈົນເຖິງປະຈຸບັນ.",
            "body": (
                "<p>ໜ້ານີ້ເລົ່າເຖິງການສ້າງຕັ້ງ ແລະ ການຂະຫຍາຍຕົວ ຂອງໜ່ວຍງານ ນັບແຕ່ມື້ສ້າງຕັ້ງຈົນເຖິງປະຈຸບັນ.</p>"
                "<p>ກະລຸນາອະທິບາຍປະຫວັດຂອງໜ່ວຍງານທ່ານ: ວັນເດືອນປີສ້າງຕັ້ງ, ນິຕິກຳທີ່ເປັນພື້ນຖານ, "
                "ການປ່ຽນແປງດ້ານການຈັດຕັ້ງ ແລະ ຜົນງານທີ່ສຳຄັນ. ລາຍການປີ ແລະ ເຫດການສຳຄັນ "
                "ຈະຊ່ວຍໃຫ້ຜູ້ອ່ານຕິດຕາມໄດ້ງ່າຍ.</p>"
            ),
        },
        "en": {
            "summary": "How the office was founded and how it has developed up to the present day.",
            "body": (
                "<p>This page tells how the office was founded and how it has developed up to the present day.</p>"
                "<p>Please describe your office's history: when it was established, the legislation it was "
                "founded on, changes to its organisation and its main achievements. A list of years and "
                "milestones makes the history easy to follow.</p>"
            ),
        },
    },
    "mission": {
        "lo": {
            "summary": "ພາລະບົດບາດ, ໜ້າທີ່ ແລະ ສິດ ຂອງໜ່ວຍງານ ຕາມນິຕິກຳທີ່ກ່ຽວຂ້ອງ.",
            "body": (
                "<p>ໜ້ານີ້ກຳນົດພາລະບົດບາດ, ໜ້າທີ່ ແລະ ສິດ ຂອງໜ່ວຍງານ ຕາມນິຕິກຳທີ່ກ່ຽວຂ້ອງ.</p>"
                "<p>ກະລຸນາລະບຸພາລະບົດບາດຂອງໜ່ວຍງານ ແລະ ລາຍການໜ້າທີ່ຕົ້ນຕໍ ໂດຍອີງຕາມດຳລັດ ຫຼື "
                "ຂໍ້ຕົກລົງວ່າດ້ວຍການຈັດຕັ້ງ ແລະ ການເຄື່ອນໄຫວ ຂອງໜ່ວຍງານ, ພ້ອມທັງອ້າງອີງເລກທີ "
                "ແລະ ວັນທີ ຂອງນິຕິກຳດັ່ງກ່າວ.</p>"
            ),
        },
        "en": {
            "summary": "The office's mission, duties and powers as set out in the legislation that governs it.",
            "body": (
                "<p>This page sets out the office's mission, duties and powers as laid down in the "
                "legislation that governs it.</p>"
                "<p>Please state the office's mission and list its main duties, following the decree or "
                "decision on the organisation and activities of the office, and give the number and date of "
                "that legislation.</p>"
            ),
        },
    },
    "structure": {
        "lo": {
            "summary": "ໂຄງຮ່າງການຈັດຕັ້ງ ຂອງໜ່ວຍງານ ແລະ ບັນດາພາກສ່ວນທີ່ຂຶ້ນກັບ.",
            "body": (
                "<p>ໜ້ານີ້ສະແດງໂຄງຮ່າງການຈັດຕັ້ງ ຂອງໜ່ວຍງານ ແລະ ບັນດາພາກສ່ວນທີ່ຂຶ້ນກັບ.</p>"
                "<p>ກະລຸນາລະບຸບັນດາກົມ, ພະແນກ ຫຼື ຫ້ອງການ ທີ່ຂຶ້ນກັບໜ່ວຍງານ. ທ່ານສາມາດສ້າງໜ້າຍ່ອຍ "
                "ສຳລັບແຕ່ລະພາກສ່ວນ ເພື່ອອະທິບາຍໜ້າທີ່ ແລະ ຂໍ້ມູນຕິດຕໍ່ ຂອງພາກສ່ວນນັ້ນ. ຖ້າໃສ່ແຜນວາດ "
                "ໂຄງຮ່າງການຈັດຕັ້ງ, ກະລຸນາຂຽນລາຍຊື່ພາກສ່ວນຕ່າງໆ ເປັນຂໍ້ຄວາມນຳ ເພື່ອໃຫ້ຜູ້ທີ່ບໍ່ສາມາດເບິ່ງຮູບ "
                "ກໍເຂົ້າເຖິງຂໍ້ມູນໄດ້.</p>"
            ),
        },
        "en": {
            "summary": "The organisation structure of the office and the units that report to it.",
            "body": (
                "<p>This page shows the organisation structure of the office and the units that report to it.</p>"
                "<p>Please list the departments, divisions or offices under your office. You can create a "
                "page below this one for each unit to describe its duties and contact details. If you add an "
                "organisation chart, please also list the units as text, so that people who cannot see the "
                "picture can still read it.</p>"
            ),
        },
    },
    "leadership": {
        "lo": {
            "summary": "ຄະນະນຳ ຂອງໜ່ວຍງານ ແລະ ຂົງເຂດວຽກງານ ທີ່ແຕ່ລະທ່ານຮັບຜິດຊອບ.",
            "body": (
                "<p>ໜ້ານີ້ແນະນຳຄະນະນຳ ຂອງໜ່ວຍງານ.</p>"
                "<p>ກະລຸນາລະບຸຊື່ ແລະ ຕຳແໜ່ງ ຂອງຄະນະນຳແຕ່ລະທ່ານ ພ້ອມທັງຂົງເຂດວຽກງານທີ່ຮັບຜິດຊອບ. "
                "ຖ້າໃສ່ຮູບພາບ, ກະລຸນາຂຽນຄຳອະທິບາຍຮູບ ທີ່ບອກຊື່ ແລະ ຕຳແໜ່ງ ຂອງບຸກຄົນໃນຮູບ.</p>"
            ),
        },
        "en": {
            "summary": "The leadership of the office and the areas of work each leader is responsible for.",
            "body": (
                "<p>This page introduces the leadership of the office.</p>"
                "<p>Please give the name and position of each leader and the areas of work they are "
                "responsible for. If you add photographs, please give each one a text description with the "
                "person's name and position.</p>"
            ),
        },
    },
    "news": {
        "lo": {
            "summary": "ຂ່າວສານ, ແຈ້ງການ ແລະ ປະກາດ ຫຼ້າສຸດ ຂອງໜ່ວຍງານ.",
            "body": (
                "<p>ໜ້ານີ້ລວບລວມຂ່າວສານ, ແຈ້ງການ ແລະ ປະກາດ ຂອງໜ່ວຍງານ, ລຽງຕາມວັນທີ ຈາກໃໝ່ຫາເກົ່າ.</p>"
                "<p>ກະລຸນາປ່ຽນແທນຂໍ້ຄວາມນີ້ ດ້ວຍການແນະນຳສັ້ນໆ ເຊັ່ນ: ປະເພດຂ່າວທີ່ເຜີຍແຜ່ຢູ່ບ່ອນນີ້ "
                "ແລະ ວິທີຕິດຕາມຂ່າວໃໝ່.</p>"
            ),
        },
        "en": {
            "summary": "The office's latest news, notices and announcements.",
            "body": (
                "<p>This page brings together the office's news, notices and announcements, newest first.</p>"
                "<p>Please replace this text with a short introduction, for example the kinds of news "
                "published here and how to keep up with new items.</p>"
            ),
        },
    },
    "documents": {
        "lo": {
            "summary": "ນິຕິກຳ ແລະ ເອກະສານທາງການ ທີ່ກ່ຽວຂ້ອງກັບວຽກງານຂອງໜ່ວຍງານ.",
            "body": (
                "<p>ໜ້ານີ້ລວບລວມນິຕິກຳ ແລະ ເອກະສານທາງການ ທີ່ໜ່ວຍງານອອກ ຫຼື ທີ່ກ່ຽວຂ້ອງກັບຂົງເຂດວຽກງານ "
                "ຂອງໜ່ວຍງານ ເຊັ່ນ: ກົດໝາຍ, ດຳລັດ, ຂໍ້ຕົກລົງ, ຄຳສັ່ງ ແລະ ຄຳແນະນຳ.</p>"
                "<p>ສຳລັບແຕ່ລະເອກະສານ ກະລຸນາລະບຸເລກທີ, ວັນທີອອກ, ຜູ້ອອກ ແລະ ວັນທີມີຜົນສັກສິດ. "
                "ກະລຸນາແນບເອກະສານສະບັບເຕັມ ເປັນໄຟລ໌ PDF ທີ່ສາມາດຄົ້ນຫາຂໍ້ຄວາມໄດ້ ແທນການແນບຮູບສະແກນ.</p>"
            ),
        },
        "en": {
            "summary": "Legislation and official documents relating to the office's areas of work.",
            "body": (
                "<p>This page brings together the legislation and official documents issued by the office "
                "or relating to its areas of work, such as laws, decrees, decisions, orders and instructions.</p>"
                "<p>For each document, please give its number, date of issue, issuing authority and date of "
                "entry into force. Please attach the full text as a PDF with searchable text rather than a "
                "scanned image.</p>"
            ),
        },
    },
    "services": {
        "lo": {
            "summary": "ການບໍລິການ ທີ່ໜ່ວຍງານສະໜອງໃຫ້ແກ່ປະຊາຊົນ ແລະ ຫົວໜ່ວຍທຸລະກິດ.",
            "body": (
                "<p>ໜ້ານີ້ແນະນຳການບໍລິການ ທີ່ໜ່ວຍງານສະໜອງໃຫ້ແກ່ປະຊາຊົນ ແລະ ຫົວໜ່ວຍທຸລະກິດ.</p>"
                "<p>ກະລຸນາສ້າງໜ້າຍ່ອຍ ສຳລັບແຕ່ລະການບໍລິການ ແລະ ອະທິບາຍໃຫ້ຊັດເຈນ:</p>"
                "<ul>"
                "<li>ໃຜສາມາດຍື່ນຂໍໄດ້;</li>"
                "<li>ເອກະສານທີ່ຕ້ອງກະກຽມ;</li>"
                "<li>ຂັ້ນຕອນ ແລະ ບ່ອນຍື່ນຄຳຮ້ອງ;</li>"
                "<li>ຄ່າທຳນຽມ ແລະ ໄລຍະເວລາດຳເນີນການ.</li>"
                "</ul>"
            ),
        },
        "en": {
            "summary": "The services the office provides to citizens and businesses.",
            "body": (
                "<p>This page introduces the services the office provides to citizens and businesses.</p>"
                "<p>Please create a page below this one for each service and explain clearly:</p>"
                "<ul>"
                "<li>who can apply;</li>"
                "<li>which documents are needed;</li>"
                "<li>the steps to follow and where to apply;</li>"
                "<li>the fees and how long it takes.</li>"
                "</ul>"
            ),
        },
    },
    "contact": {
        "lo": {
            "summary": "ທີ່ຢູ່, ເບີໂທລະສັບ, ອີເມວ ແລະ ໂມງລັດຖະການ ຂອງໜ່ວຍງານ.",
            "body": (
                "<p>ທ່ານສາມາດຕິດຕໍ່ພວກເຮົາ ໃນໂມງລັດຖະການ ຕາມທີ່ຢູ່, ເບີໂທລະສັບ ຫຼື ອີເມວ ຂ້າງລຸ່ມນີ້. "
                "ຄຳຖາມ ແລະ ຄຳຕິຊົມ ທີ່ສົ່ງມາ ຈະໄດ້ຮັບການພິຈາລະນາ ແລະ ຕອບກັບໂດຍໄວ.</p>"
            ),
        },
        "en": {
            "summary": "Address, telephone, email and office hours of the office.",
            "body": (
                "<p>You can reach us during office hours at the address, telephone number or email address "
                "below. Questions and feedback sent to us are considered and answered as soon as possible.</p>"
            ),
        },
    },
    "privacy": {
        "lo": {
            "summary": "ເວັບໄຊນີ້ເກັບກຳຂໍ້ມູນຫຍັງແດ່, ນຳໃຊ້ແນວໃດ ແລະ ທ່ານມີສິດຫຍັງແດ່ ກ່ຽວກັບຂໍ້ມູນຂອງທ່ານ.",
            "body": (
                "<p>ນະໂຍບາຍນີ້ອະທິບາຍວ່າ ເວັບໄຊນີ້ເກັບກຳຂໍ້ມູນຫຍັງແດ່ ກ່ຽວກັບຜູ້ເຂົ້າຊົມ, ນຳໃຊ້ຂໍ້ມູນນັ້ນແນວໃດ "
                "ແລະ ທ່ານມີສິດຫຍັງແດ່. ພວກເຮົາຄຸ້ມຄອງຂໍ້ມູນສ່ວນບຸກຄົນ ໃຫ້ສອດຄ່ອງກັບ "
                "ກົດໝາຍວ່າດ້ວຍການປົກປ້ອງຂໍ້ມູນທາງເອເລັກໂຕຣນິກ.</p>"
                "<h2>ຂໍ້ມູນທີ່ບັນທຶກໂດຍອັດຕະໂນມັດ</h2>"
                "<p>ເມື່ອທ່ານເຂົ້າເບິ່ງເວັບໄຊ, ເຊີບເວີຈະບັນທຶກຂໍ້ມູນທາງເຕັກນິກ ຂອງແຕ່ລະການຮ້ອງຂໍ ໄດ້ແກ່: "
                "ທີ່ຢູ່ IP, ວັນທີ ແລະ ເວລາ, ໜ້າທີ່ເປີດເບິ່ງ, ປະເພດບຣາວເຊີ ແລະ ຜົນຂອງການຮ້ອງຂໍ. "
                "ຂໍ້ມູນເຫຼົ່ານີ້ ນຳໃຊ້ເພື່ອຮັກສາຄວາມປອດໄພ, ກວດແກ້ບັນຫາທາງເຕັກນິກ ແລະ ເຮັດສະຖິຕິການນຳໃຊ້ລວມ "
                "ເທົ່ານັ້ນ. ພວກເຮົາບໍ່ນຳໃຊ້ຂໍ້ມູນນີ້ ເພື່ອລະບຸຕົວຕົນຂອງຜູ້ເຂົ້າຊົມ ເວັ້ນເສຍແຕ່ກໍລະນີທີ່ກົດໝາຍກຳນົດ, "
                "ແລະ ຈະເກັບຮັກສາໄວ້ ພຽງໄລຍະທີ່ຈຳເປັນ ສຳລັບຈຸດປະສົງດັ່ງກ່າວ ແລ້ວຈຶ່ງລຶບຖິ້ມ.</p>"
                "<h2>ແບບຟອມຄຳຕິຊົມ ແລະ ການຕິດຕໍ່</h2>"
                "<p>ຖ້າທ່ານສົ່ງຄຳຕິຊົມ ຫຼື ຄຳຖາມ ຜ່ານແບບຟອມຂອງເວັບໄຊ, ພວກເຮົາຈະໄດ້ຮັບຂໍ້ມູນທີ່ທ່ານປ້ອນເອງ "
                "ເຊັ່ນ: ຊື່, ທີ່ຢູ່ອີເມວ ຫຼື ເບີໂທລະສັບ ແລະ ເນື້ອໃນຂໍ້ຄວາມ. ຂໍ້ມູນນີ້ ນຳໃຊ້ເພື່ອພິຈາລະນາ "
                "ແລະ ຕອບຄຳຕິຊົມຂອງທ່ານເທົ່ານັ້ນ, ເຂົ້າເຖິງໄດ້ສະເພາະພະນັກງານທີ່ຮັບຜິດຊອບ ແລະ ຈະບໍ່ຖືກເປີດເຜີຍ "
                "ຫຼື ສົ່ງຕໍ່ໃຫ້ຜູ້ອື່ນ ເວັ້ນເສຍແຕ່ກໍລະນີທີ່ກົດໝາຍກຳນົດ. ກະລຸນາຢ່າສົ່ງຂໍ້ມູນສ່ວນຕົວ "
                "ທີ່ບໍ່ຈຳເປັນ ສຳລັບຄຳຖາມຂອງທ່ານ.</p>"
                "<h2>ຄຸກກີ້ ແລະ ການຕິດຕາມ</h2>"
                "<p>ເວັບໄຊນີ້ ບໍ່ຕັ້ງຄຸກກີ້ໃດໆ ໃຫ້ແກ່ຜູ້ເຂົ້າຊົມທົ່ວໄປ. ຄຸກກີ້ດຽວທີ່ນຳໃຊ້ ແມ່ນຄຸກກີ້ເຊດຊັນ "
                "ສຳລັບພະນັກງານ ທີ່ເຂົ້າສູ່ລະບົບເພື່ອແກ້ໄຂເນື້ອໃນ ແລະ ຈະໝົດອາຍຸ ເມື່ອອອກຈາກລະບົບ. "
                "ເວັບໄຊນີ້ ບໍ່ນຳໃຊ້ເຄື່ອງມືວິເຄາະ, ເຄື່ອງມືຕິດຕາມ ຫຼື ໂຄສະນາ ຂອງພາກສ່ວນທີສາມ ແລະ ບໍ່ໂຫຼດຟອນ "
                "ຫຼື ສະຄຣິບ ຈາກເຊີບເວີພາຍນອກ.</p>"
                "<h2>ລິ້ງໄປຫາເວັບໄຊອື່ນ</h2>"
                "<p>ບາງໜ້າ ມີລິ້ງໄປຫາເວັບໄຊຂອງໜ່ວຍງານອື່ນ. ເມື່ອທ່ານເປີດລິ້ງດັ່ງກ່າວ, ນະໂຍບາຍຄວາມເປັນສ່ວນຕົວ "
                "ຂອງເວັບໄຊນັ້ນ ຈະນຳໃຊ້ແທນນະໂຍບາຍນີ້.</p>"
                "<h2>ສິດຂອງທ່ານ</h2>"
                "<p>ທ່ານສາມາດຮ້ອງຂໍເບິ່ງ, ແກ້ໄຂ ຫຼື ລຶບ ຂໍ້ມູນສ່ວນບຸກຄົນ ທີ່ທ່ານໄດ້ສົ່ງໃຫ້ພວກເຮົາ ໂດຍຕິດຕໍ່ "
                "ຕາມຊ່ອງທາງທີ່ລະບຸໄວ້ ໃນໜ້າຕິດຕໍ່ພວກເຮົາ.</p>"
                "<h2>ການປ່ຽນແປງນະໂຍບາຍ</h2>"
                "<p>ຖ້ານະໂຍບາຍນີ້ມີການປ່ຽນແປງ, ສະບັບໃໝ່ຈະຖືກເຜີຍແຜ່ຢູ່ໜ້ານີ້ ແລະ ວັນທີອັບເດດຫຼ້າສຸດ "
                "ຂອງໜ້າ ຈະສະແດງວັນທີທີ່ມີການປ່ຽນແປງ.</p>"
            ),
        },
        "en": {
            "summary": "What data this website collects, how it is used and what rights you have over your data.",
            "body": (
                "<p>This policy explains what information this website collects about its visitors, how that "
                "information is used and what rights you have. We handle personal data in accordance with the "
                "Law on Electronic Data Protection.</p>"
                "<h2>Information recorded automatically</h2>"
                "<p>When you visit the website, the server records technical details of each request: the IP "
                "address, the date and time, the page requested, the browser type and the result of the "
                "request. These logs are used only to keep the website secure, to fix technical problems and to "
                "produce overall usage statistics. We do not use them to identify visitors except where the law "
                "requires it, and we keep them only as long as these purposes need before deleting them.</p>"
                "<h2>Feedback and contact forms</h2>"
                "<p>If you send feedback or a question through a form on this website, we receive what you "
                "enter, such as your name, email address or telephone number and your message. We use it only "
                "to consider and answer your message; only the staff responsible can see it, and it is not "
                "disclosed or passed on to anyone else except where the law requires it. Please do not include "
                "personal details your question does not need.</p>"
                "<h2>Cookies and tracking</h2>"
                "<p>This website sets no cookies for ordinary visitors. The only cookie it uses is a session "
                "cookie for staff who sign in to edit content, and it ends when they sign out. The website uses "
                "no third-party analytics, tracking or advertising, and loads no fonts or scripts from outside "
                "servers.</p>"
                "<h2>Links to other websites</h2>"
                "<p>Some pages link to websites of other organisations. Once you follow such a link, the "
                "privacy policy of that website applies instead of this one.</p>"
                "<h2>Your rights</h2>"
                "<p>You may ask to see, correct or delete personal data you have sent us, using any of the "
                "channels listed on the Contact us page.</p>"
                "<h2>Changes to this policy</h2>"
                "<p>If this policy changes, the new version will be published on this page, and the page's "
                "last-updated date will show when it changed.</p>"
            ),
        },
    },
    "accessibility": {
        "lo": {
            "summary": "ເວັບໄຊນີ້ ມີເປົ້າໝາຍໃຫ້ທຸກຄົນເຂົ້າເຖິງໄດ້ ຕາມມາດຕະຖານ WCAG 2.1 ລະດັບ AA ແລະ ວິທີແຈ້ງບັນຫາ.",
            "body": (
                "<p>ພວກເຮົາມຸ່ງໝັ້ນເຮັດໃຫ້ເວັບໄຊນີ້ ສາມາດນຳໃຊ້ໄດ້ສຳລັບທຸກຄົນ ລວມທັງຄົນພິການ, ຜູ້ສູງອາຍຸ "
                "ແລະ ຜູ້ທີ່ໃຊ້ອິນເຕີເນັດຄວາມໄວຕ່ຳ ຫຼື ອຸປະກອນເກົ່າ.</p>"
                "<h2>ມາດຕະຖານ</h2>"
                "<p>ເວັບໄຊນີ້ ມີເປົ້າໝາຍໃຫ້ສອດຄ່ອງກັບ "
                "<a href=\"https://www.w3.org/TR/WCAG21/\">ຂໍ້ແນະນຳກ່ຽວກັບການເຂົ້າເຖິງເນື້ອໃນເວັບ (WCAG) 2.1</a> "
                "ລະດັບ AA.</p>"
                "<h2>ສິ່ງທີ່ທ່ານສາມາດເຮັດໄດ້</h2>"
                "<ul>"
                "<li>ເປີດເບິ່ງເວັບໄຊ ໃນໂທລະສັບມືຖື, ແທັບເລັດ ຫຼື ຄອມພິວເຕີ; ໜ້າເວັບຈະປັບຕາມຂະໜາດໜ້າຈໍ.</li>"
                "<li>ນຳໃຊ້ທຸກລິ້ງ, ເມນູ ແລະ ແບບຟອມ ດ້ວຍແປ້ນພິມພຽງຢ່າງດຽວ; ຈຸດທີ່ກຳລັງເລືອກ ຈະສະແດງໃຫ້ເຫັນຊັດເຈນ.</li>"
                "<li>ຂະຫຍາຍຕົວໜັງສື ໄດ້ເຖິງ 200% ໃນບຣາວເຊີ ໂດຍເນື້ອໃນບໍ່ຂາດຫາຍ ແລະ ບໍ່ຕ້ອງເລື່ອນຂວາງ.</li>"
                "<li>ອ່ານພາສາລາວ ດ້ວຍຟອນ Noto Sans Lao ທີ່ມາພ້ອມກັບເວັບໄຊ, ສະນັ້ນ ຕົວອັກສອນລາວ "
                "ຈະສະແດງຖືກຕ້ອງ ເຖິງວ່າອຸປະກອນຂອງທ່ານ ບໍ່ມີຟອນລາວກໍຕາມ.</li>"
                "<li>ນຳໃຊ້ໂປຣແກຣມອ່ານໜ້າຈໍ: ໜ້າເວັບມີຫົວຂໍ້ ແລະ ໂຄງສ້າງທີ່ຊັດເຈນ ແລະ ຮູບພາບມີຄຳອະທິບາຍ.</li>"
                "<li>ສະຫຼັບລະຫວ່າງພາສາລາວ ແລະ ພາສາອັງກິດ ໄດ້ໃນທຸກໜ້າ.</li>"
                "</ul>"
                "<h2>ຂໍ້ຈຳກັດທີ່ຮູ້ແລ້ວ</h2>"
                "<p>ເອກະສານເກົ່າບາງສະບັບ ເປັນໄຟລ໌ PDF ທີ່ສະແກນຈາກເຈ້ຍ ແລະ ອາດບໍ່ສາມາດອ່ານດ້ວຍໂປຣແກຣມອ່ານໜ້າຈໍ. "
                "ຖ້າທ່ານຕ້ອງການເອກະສານດັ່ງກ່າວ ໃນຮູບແບບອື່ນ, ກະລຸນາຕິດຕໍ່ພວກເຮົາ.</p>"
                "<h2>ແຈ້ງບັນຫາ</h2>"
                "<p>ຖ້າທ່ານພົບບັນຫາ ໃນການເຂົ້າເຖິງເນື້ອໃນໃດໜຶ່ງ, ກະລຸນາແຈ້ງໃຫ້ພວກເຮົາຮູ້ ຜ່ານແບບຟອມຄຳຕິຊົມ "
                "ຫຼື ຊ່ອງທາງທີ່ລະບຸໄວ້ ໃນໜ້າຕິດຕໍ່ພວກເຮົາ. ກະລຸນາບອກທີ່ຢູ່ຂອງໜ້າ (URL), ບັນຫາທີ່ພົບ "
                "ແລະ ອຸປະກອນ ຫຼື ໂປຣແກຣມທີ່ທ່ານນຳໃຊ້. ພວກເຮົາຈະຕອບກັບ ພາຍໃນ 10 ວັນເຮັດວຽກ "
                "ແລະ ຖ້າບໍ່ສາມາດແກ້ໄຂໄດ້ທັນທີ ຈະສະໜອງຂໍ້ມູນດັ່ງກ່າວ ໃຫ້ທ່ານໃນຮູບແບບອື່ນ.</p>"
                "<h2>ການທົບທວນຖະແຫຼງການນີ້</h2>"
                "<p>ຖະແຫຼງການນີ້ ຖືກທົບທວນ ທຸກຄັ້ງທີ່ເວັບໄຊມີການປ່ຽນແປງທີ່ສຳຄັນ ແລະ ຢ່າງໜ້ອຍປີລະຄັ້ງ. "
                "ວັນທີທົບທວນຫຼ້າສຸດ ແມ່ນວັນທີອັບເດດຫຼ້າສຸດ ທີ່ສະແດງຢູ່ໃນໜ້ານີ້.</p>"
            ),
        },
        "en": {
            "summary": "How this website aims to be usable by everyone, meeting WCAG 2.1 level AA, and how to report a problem.",
            "body": (
                "<p>We want everyone to be able to use this website, including people with disabilities, older "
                "people and people on slow connections or older devices.</p>"
                "<h2>Standard</h2>"
                "<p>This website aims to meet the "
                "<a href=\"https://www.w3.org/TR/WCAG21/\">Web Content Accessibility Guidelines (WCAG) 2.1</a> "
                "at level AA.</p>"
                "<h2>What you can do</h2>"
                "<ul>"
                "<li>Use the website on a mobile phone, tablet or computer; pages adapt to the size of your screen.</li>"
                "<li>Use every link, menu and form with the keyboard alone; the item in focus is clearly shown.</li>"
                "<li>Enlarge text up to 200% in your browser without losing content or having to scroll sideways.</li>"
                "<li>Read Lao in the Noto Sans Lao font, which comes with the website, so Lao script displays "
                "correctly even if your device has no Lao font installed.</li>"
                "<li>Use a screen reader: pages have clear headings and structure, and images have text descriptions.</li>"
                "<li>Switch between Lao and English on every page.</li>"
                "</ul>"
                "<h2>Known limitations</h2>"
                "<p>Some older documents are PDF files scanned from paper and may not be readable with a screen "
                "reader. If you need one of them in another format, please contact us.</p>"
                "<h2>Reporting a problem</h2>"
                "<p>If you have difficulty accessing any content, please tell us through the feedback form or "
                "any of the channels on the Contact us page. Please include the address (URL) of the page, the "
                "problem you met and the device or software you use. We will reply within 10 working days and, "
                "if the problem cannot be fixed straight away, provide the information to you in another format.</p>"
                "<h2>Review of this statement</h2>"
                "<p>This statement is reviewed whenever the website changes significantly, and at least once a "
                "year. The date of the latest review is the last-updated date shown on this page.</p>"
            ),
        },
    },
    "sitemap": {
        "lo": {
            "summary": "ລາຍການໜ້າທັງໝົດ ຂອງເວັບໄຊ ຈັດລຽງຕາມໂຄງສ້າງ.",
            "body": (
                "<p>ໜ້ານີ້ສະແດງລາຍການໜ້າທັງໝົດ ຂອງເວັບໄຊ ຈັດລຽງຕາມໂຄງສ້າງ ເພື່ອຊ່ວຍໃຫ້ທ່ານຊອກຫາຂໍ້ມູນໄດ້ໄວ. "
                "ຖ້າບໍ່ພົບສິ່ງທີ່ຕ້ອງການ, ທ່ານສາມາດນຳໃຊ້ການຄົ້ນຫາ.</p>"
            ),
        },
        "en": {
            "summary": "A list of all the pages on this website, arranged by section.",
            "body": (
                "<p>This page lists every page on the website, arranged by section, to help you find "
                "information quickly. If you cannot find what you need, try the search.</p>"
            ),
        },
    },
}

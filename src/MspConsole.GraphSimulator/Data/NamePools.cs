namespace MspConsole.GraphSimulator.Data;

/// <summary>Belgian (Dutch and French) and English names for the synthetic brokers and their staff.</summary>
internal static class NamePools
{
    public static readonly string[] DutchFirst =
    [
        "Jan", "Pieter", "Lies", "An", "Sofie", "Wout", "Bart", "Koen", "Els", "Hilde", "Tom", "Stijn", "Lotte",
        "Emma", "Lucas", "Noah", "Marie", "Jef", "Griet", "Annelies", "Joris", "Katrien", "Dries", "Femke",
        "Jeroen", "Nele", "Wim", "Ine", "Arne", "Lien", "Maarten", "Evelien", "Sander", "Tine", "Ruben", "Ilse",
    ];

    public static readonly string[] DutchLast =
    [
        "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet",
        "Vermeulen", "De Vos", "Van Damme", "Van den Bossche", "Verstraete", "De Backer", "Smets", "Hermans",
        "Van de Velde", "Desmet", "Coppens", "Michiels", "Aerts", "Verhoeven", "Van Acker", "De Clercq",
    ];

    public static readonly string[] FrenchFirst =
    [
        "Mathieu", "Julie", "Camille", "Nicolas", "Sophie", "Antoine", "Céline", "Aurélie", "François", "Hélène",
        "Thérèse", "Amélie", "Benoît", "Chloé", "Élodie", "Gaëlle", "Jérôme", "Noémie", "Raphaël", "Zoé",
        "Olivier", "Isabelle", "Laurent", "Valérie", "Grégoire", "Anaïs",
    ];

    public static readonly string[] FrenchLast =
    [
        "Dubois", "Lambert", "Dupont", "Martin", "Simon", "Leclercq", "Renard", "Lejeune", "Lefèbvre", "Denis",
        "François", "Laurent", "Mathieu", "Dumont", "Fontaine", "Gérard", "Lemaire", "Collard", "Delvaux",
        "Wilmotte", "Piron", "Henrard", "Noël", "Bodart",
    ];

    public static readonly string[] EnglishFirst =
    [
        "James", "Sarah", "Olivia", "Michael", "Emily", "Daniel", "Grace", "Oliver", "Hannah", "Thomas", "Chloe",
    ];

    public static readonly string[] EnglishLast =
    [
        "Smith", "Taylor", "Brown", "Wilson", "Evans", "Walker", "Wright", "Hughes", "Green", "Clarke",
    ];

    public static readonly string[] DutchFirms = ["Verzekeringen {0}", "Kantoor {0}", "{0} & Partners", "Verzekeringskantoor {0}", "{0} Makelaars"];

    public static readonly string[] FrenchFirms = ["Assurances {0}", "Cabinet {0}", "Bureau {0}", "{0} & Associés", "Courtage {0}"];

    public static readonly string[] EnglishFirms = ["{0} Insurance Brokers", "{0} & Co", "{0} Risk Advisers"];

    public static readonly string[] DutchLegalForms = ["BV", "NV", "CommV", string.Empty];

    public static readonly string[] FrenchLegalForms = ["SRL", "SA", "SComm", string.Empty];

    /// <summary>Display names the console must render escaped.</summary>
    public static readonly string[] Hostile =
    [
        "<script>alert('xss')</script>",
        "Robert\"); DROP TABLE Users;-- <b>Tables</b>",
        "محمد العلي",
        "\u202Egnp.exe Jan Peeters",
        "שרה כהן",
        "Wolfeschlegelsteinhausenbergerdorff-Vandenbroucke-Van Der Elst-De Ridder-Vanhoutteghem "
            + "Maximiliaan Alexander Bartholomeus Leopold Fernand Godefroid",
        "<img src=x onerror=alert(1)> Zoé",
        "{{constructor.constructor('alert(1)')()}}",
    ];

    public static readonly string[] Phones = ["iPhone 15", "iPhone 13", "Galaxy S23", "Pixel 8", "Galaxy A54", "iPhone SE"];

    public static readonly string[] GuestDomains = ["gmail.com", "outlook.com", "telenet.be", "skynet.be", "proximus.be", "accountants.example"];
}

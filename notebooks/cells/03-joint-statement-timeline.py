# The joint statement's dated facts (GET /api/entities/{id}): its status, who signed it and who
# became party to it, on a timeline.
statement = api("/api/entities/agreement:eu-vn-joint-statement-2026")
events = pd.DataFrame([{"date": fact["properties"].get("date") or fact["properties"].get("validFrom"),
                        "fact": fact["type"], "with": fact["other"]["name"],
                        "sources": len(fact["sources"])}
                       for fact in statement["relationships"]
                       if fact["properties"].get("date") or fact["properties"].get("validFrom")])
events = events.groupby(["date", "fact", "with"], as_index=False)["sources"].sum().sort_values(["date", "fact"])
events["day"] = pd.to_datetime(events["date"])

rows = {fact: i for i, fact in enumerate(sorted(events["fact"].unique()))}
fig, ax = plt.subplots(figsize=(9, 4))
for (day, fact), same in events.groupby(["day", "fact"]):
    ax.scatter(day, rows[fact], s=80, color="#1f4e79")
    for i, other in enumerate(same["with"]):  # one label a line where several facts share a day
        ax.annotate(other, (day, rows[fact]), textcoords="offset points", xytext=(8, 6 + 11 * i), fontsize=8)
ax.set_yticks(list(rows.values()), list(rows.keys()))
ax.set_xlim(pd.Timestamp("2026-01-27"), pd.Timestamp("2026-01-31"))
ax.xaxis.set_major_formatter(plt.matplotlib.dates.DateFormatter("%d %b %Y"))
ax.xaxis.set_major_locator(plt.matplotlib.dates.DayLocator())
ax.set_title(statement["name"], fontsize=9)
plt.tight_layout()
plt.show()

display(events.drop(columns="day"))
for _, event in events.iterrows():
    state(f"{event['date']} {event['fact']}", event["with"])

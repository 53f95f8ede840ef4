#!/usr/bin/env python3
"""Writes a synthetic report folder of about PAGES A4 pages for `make bench`.

The mix follows the bundled briefing: per unit of about four pages, two headings,
twenty-six Korean paragraphs of four to six sentences, and three bar charts (single
series with a highlight, grouped with a missing value, 100 % stacked) and one
comparison table of 12 rows with a mini bar column, and a choropleth of China's
provinces (the bundled report's boundary file, copied into the folder). Text is drawn from a
fixed pool with a fixed seed, so every run writes the same bytes.

    python3 Benchmarks/make_synthetic.py OUT_DIR PAGES
"""
import os
import random
import shutil
import sys

SENTENCES = [
    "중국 관영 매체에 따르면 올해 중국 AI 산업의 규모는 약 6,000억 위안에 이릅니다.",
    "AI 기업은 약 4,700곳으로 세계 2위이며 해마다 빠르게 늘고 있습니다.",
    "민간 투자에서는 미국과의 격차가 여전히 큰 편입니다.",
    "미국의 AI 민간 투자액은 672억 달러(약 97조 5,000억 원)로 중국의 9배에 가깝습니다.",
    "연구 역량에서는 중국이 논문 수와 특허 등록 수에서 앞서 나가고 있습니다.",
    "시장에는 약 200개의 거대언어모델이 나와 있고 경쟁은 더욱 치열해지고 있습니다.",
    "DeepSeek-V3는 전문가 혼합 구조로 토큰마다 일부 매개변수만 활성화합니다.",
    "베이징, 선전, 상하이는 저마다 다른 강점을 내세워 AI 생태계를 키우고 있습니다.",
    "지방 정부는 연구개발 바우처와 공공 컴퓨팅 자원을 앞다투어 내놓고 있습니다.",
    "표준화 기술위원회는 평가와 데이터셋 관리에 관한 기준을 마련하기로 했습니다.",
    "스마트 글라스와 휴머노이드 로봇은 다음 격전지로 꼽힙니다.",
    "수출 통제로 최첨단 칩을 구하기 어려워진 상황에서도 투자는 이어지고 있습니다.",
    "CES 2025에는 중국 기업 1,339곳이 참가해 개최국 다음으로 많았습니다.",
    "Qwen 2.5 제품군은 100여 개 모델로 이루어져 있습니다.",
    "클라우드 사업자들은 자체 모델을 앞세워 기업 고객을 넓히고 있습니다.",
    "자율주행 기업들은 해외 시장에서 로보택시 시범 운행을 늘리고 있습니다.",
]
HEADINGS = ["시장 동향", "투자와 자금 흐름", "기업과 모델", "지역 생태계", "정책과 표준", "전망"]
COUNTRIES = ["미국", "중국", "영국", "독일", "한국", "일본", "프랑스", "캐나다"]


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    out, pages = sys.argv[1], int(sys.argv[2])
    units = max(1, round(pages / 4))
    rng = random.Random(20250121)
    os.makedirs(os.path.join(out, "data"), exist_ok=True)
    os.makedirs(os.path.join(out, "geo"), exist_ok=True)
    here = os.path.dirname(os.path.abspath(__file__))
    geo = os.path.join(here, "..", "Reports", "china-ai-2025", "geo", "china-provinces.geojson")
    shutil.copyfile(geo, os.path.join(out, "geo", "china-provinces.geojson"))
    import json
    province_ids = [f["properties"]["id"] for f in json.load(open(geo, encoding="utf-8"))["features"]]
    body = []
    for u in range(units):
        n = rng.randint(4, 8)
        countries = COUNTRIES[:n]
        write(os.path.join(out, "data", f"single-{u}.csv"),
              "country,value\n" + "".join(f"{c},{rng.randint(5, 900) / 10}\n" for c in countries))
        rows = "".join(f"모델 {chr(65 + i)}-{u},{rng.randint(50, 700)},{'' if i == 1 else rng.randint(10, 90)}\n" for i in range(3))
        write(os.path.join(out, "data", f"grouped-{u}.csv"), "model,total,active\n" + rows)
        write(os.path.join(out, "data", f"table-{u}.csv"),
              "company,city,companies,size\n" + "".join(
                  f"기업 {u}-{i},{rng.choice(['베이징', '선전', '상하이', '항저우'])},{rng.randint(10, 2400)},{rng.randint(1, 3000) * 10**8}\n"
                  for i in range(12)))
        write(os.path.join(out, "data", f"provinces-{u}.csv"),
              "id,value\n" + "".join(f"{pid},{rng.randint(1, 500)}\n" for pid in province_ids))
        write(os.path.join(out, "data", f"share-{u}.csv"),
              f"scope,a,b\n전체,{rng.randint(100, 900)},{rng.randint(100, 900)}\n")
        for part in range(2):
            body.append(f"  - heading: {HEADINGS[(u * 2 + part) % len(HEADINGS)]} {u + 1}-{part + 1}\n")
            for p in range(13):
                text = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(4, 6)))
                body.append(f"  - paragraph: {text}\n")
                if p == 2 and part == 0:
                    body.append(f"""  - chart: single-{u}
    data: single-{u}
    category: country
    value: value
    title: 국가별 AI 투자 비교 {u + 1}
    subtitle: 가상의 자료(억 달러)
    source: 벤치마크용 합성 자료
    highlight: {countries[0]}
    sort: descending
""")
                if p == 4 and part == 0:
                    body.append(f"""  - chart: grouped-{u}
    data: grouped-{u}
    category: model
    series: [{{column: total, name: 전체}}, {{column: active, name: 활성}}]
    title: 모델별 매개변수 {u + 1}
    source: 벤치마크용 합성 자료
""")
                if p == 8 and part == 1:
                    body.append(f"""  - table: table-{u}
    data: table-{u}
    title: 기업별 비교 {u + 1}
    columns:
      - {{column: company, header: 기업}}
      - {{column: city, header: 도시}}
      - {{column: companies, header: 직원, type: integer, bar: true}}
      - {{column: size, header: 매출, type: korean, format: {{unit: 위안}}}}
    source: 벤치마크용 합성 자료
""")
                if p == 11 and part == 1:
                    body.append(f"""  - map: map-{u}
    boundaries: geo/china-provinces.geojson
    name-property: name_ko
    data: provinces-{u}
    join: id
    value: value
    title: 지역별 분포 {u + 1}
    source: 벤치마크용 합성 자료
""")
                if p == 2 and part == 1:
                    body.append(f"""  - chart: share-{u}
    data: share-{u}
    category: scope
    series: [{{column: a, name: 갑}}, {{column: b, name: 을}}]
    layout: percent
    title: 비중 비교 {u + 1}
    source: 벤치마크용 합성 자료
""")
    data = "".join(f"  single-{u}: data/single-{u}.csv\n  grouped-{u}: data/grouped-{u}.csv\n  share-{u}: data/share-{u}.csv\n"
                   f"  table-{u}: data/table-{u}.csv\n  provinces-{u}: data/provinces-{u}.csv\n"
                   for u in range(units))
    write(os.path.join(out, "report.yaml"),
          f"title: 합성 브리핑 {pages}쪽\nauthor: 벤치마크\ndate: 2025-01-21\ndata:\n{data}body:\n" + "".join(body))


if __name__ == "__main__":
    main()

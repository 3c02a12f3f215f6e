def test_arabic_home_renders(client, home):
    response = client.get("/ar/")
    assert response.status_code == 200
    assert home.hero_title in response.content.decode()


def test_english_home_renders(client, home_en):
    response = client.get("/en/")
    assert response.status_code == 200
    assert "The government IT community of Iraq" in response.content.decode()

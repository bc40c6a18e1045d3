# Multi-stage build: Maven on Temurin 17 builds the fat jar; a JRE image runs it.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY cypher cypher
COPY web web
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
# Fonts the PDF visit brief embeds: DejaVu (Latin, Cyrillic) and Droid Sans Fallback (Chinese).
RUN apt-get update -q && apt-get install -y -q --no-install-recommends fonts-dejavu-core fonts-droid-fallback \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /src/target/powermap.jar /app/powermap.jar
ENV POWERMAP_PORT=7070
EXPOSE 7070
USER 1000:1000
ENTRYPOINT ["java", "-jar", "/app/powermap.jar"]

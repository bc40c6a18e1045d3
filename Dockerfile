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
WORKDIR /app
COPY --from=build /src/target/powermap.jar /app/powermap.jar
ENV POWERMAP_PORT=7070
EXPOSE 7070
USER 1000:1000
ENTRYPOINT ["java", "-jar", "/app/powermap.jar"]
